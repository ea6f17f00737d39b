import { readFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { startSite, type SiteServer } from './feedback/site-server'

/**
 * The front server (`npm start`, docs/decisions/015-front-server.md) from outside: hostile request targets
 * never reach Next.js (which once answered `GET http://evil.example/zh` with a redirect to that host), and a
 * ready response says what Next.js itself says for the same URL.
 */

/** A request written byte for byte: no HTTP client sends these targets to a server that is not a proxy. */
function raw(baseURL: string, requestLine: string): Promise<{ status: number; head: string }> {
  const { hostname, port } = new URL(baseURL)
  return new Promise((resolve, reject) => {
    let head = ''
    const socket = net.connect(Number(port), hostname, () =>
      socket.write(`${requestLine}\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`),
    )
    socket.on('data', (chunk: Buffer) => (head += chunk.toString('latin1')))
    socket.on('close', () => resolve({ status: Number(head.split(' ')[1]), head: head.split('\r\n\r\n')[0] }))
    socket.on('error', reject)
    socket.setTimeout(15_000, () => socket.destroy(new Error(`no answer to ${requestLine}`)))
  })
}

test('hostile request targets get 400, and no answer sends the client to another host', async ({ baseURL }) => {
  for (const line of [
    'GET http://evil.example/zh HTTP/1.1',
    'GET https://evil.example/ HTTP/1.1',
    'OPTIONS * HTTP/1.1',
    'GET * HTTP/1.1',
    'CONNECT evil.example:443 HTTP/1.1',
  ]) {
    const { status, head } = await raw(baseURL!, line)
    expect(status, `${line}\n${head}`).toBe(400)
  }
  // Paths that look like another host stay on this one.
  for (const line of [
    'GET //evil.example/zh HTTP/1.1',
    'GET /%2F%2Fevil.example HTTP/1.1',
    'GET /\\evil.example HTTP/1.1',
  ]) {
    const { status, head } = await raw(baseURL!, line)
    expect(status, `${line}\n${head}`).toBeLessThan(500)
    const location = /^location: (.+)$/im.exec(head)?.[1]
    if (location) expect(new URL(location, baseURL).origin, `${line}\n${head}`).toBe(new URL(baseURL!).origin)
  }
})

/** Next.js's own bookkeeping, and what differs between any two servers or encodings by design (decision 011). */
const NOT_COMPARED = new Set([
  'date',
  'etag',
  'vary',
  'content-encoding',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'x-nextjs-cache',
  'x-nextjs-prerender',
  'x-nextjs-stale-time',
  // Next.js's file server (hashed files, public/) adds these; ready responses revalidate by ETag and serve no
  // byte ranges, so they claim neither.
  'last-modified',
  'accept-ranges',
])

/** The policy's script sources (the islands' hashes): a ready page lists only its own (decision 017). */
const scriptSources = (response: Response) =>
  /script-src ([^;]+)/.exec(response.headers.get('content-security-policy') ?? '')?.[1].split(' ') ?? []
/** The headers with the policy's script sources set apart, so that the rest of the policy is compared whole. */
const withPageScripts = (headers: Record<string, string>) =>
  headers['content-security-policy']
    ? {
        ...headers,
        'content-security-policy': headers['content-security-policy'].replace(/script-src [^;]+/, 'script-src …'),
      }
    : headers

test.describe('ready responses', () => {
  let next: SiteServer
  test.beforeAll(async () => {
    test.setTimeout(180_000)
    // The same build with the ready responses off: every request goes to Next.js.
    next = await startSite({ env: { SIM_HELPER_READY_RESPONSES: 'off' } })
  })
  test.afterAll(async () => {
    await next?.stop()
  })

  test('say what Next.js itself says for the same URL: status, headers and body', async ({ baseURL }) => {
    const manifest = JSON.parse(
      readFileSync(path.resolve(__dirname, '../../.next/standalone/static-responses.json'), 'utf8'),
    ) as { responses: Record<string, { type: string }> }
    // Two of each kind: pages, feeds, manifests, icons, share images, hashed files, save lists…
    const byType = new Map<string, string[]>()
    for (const [url, { type }] of Object.entries(manifest.responses))
      byType.set(type, [...(byType.get(type) ?? []), url])
    const urls = [...byType.values()].flatMap((list) => [list[0], list[Math.floor(list.length / 2)]])
    expect(urls.length).toBeGreaterThanOrEqual(16)
    const wrong: string[] = []
    for (const url of new Set(urls)) {
      const [ours, theirs] = await Promise.all(
        [baseURL!, next.url].map((base) => fetch(new URL(url, base), { headers: { 'accept-encoding': 'gzip' } })),
      )
      // Ours come from the build's files, compressed there (or not at all): Vary names only the encoding.
      expect([null, 'Accept-Encoding'], url).toContain(ours.headers.get('vary'))
      const compared = (response: Response) =>
        Object.fromEntries([...response.headers].filter(([name]) => !NOT_COMPARED.has(name)))
      expect({ status: ours.status, headers: withPageScripts(compared(ours)) }, url).toEqual({
        status: theirs.status,
        headers: withPageScripts(compared(theirs)),
      })
      // A ready page's policy allows no script Next.js's would not: its own islands, a few of the site's.
      const [ourScripts, theirScripts] = [ours, theirs].map((response) => scriptSources(response))
      for (const source of ourScripts) expect(theirScripts, url).toContain(source)
      const [a, b] = await Promise.all([ours.arrayBuffer(), theirs.arrayBuffer()])
      if (!Buffer.from(a).equals(Buffer.from(b))) wrong.push(`${url}: ${a.byteLength} vs ${b.byteLength} bytes`)
    }
    expect(wrong).toEqual([])
  })
})
