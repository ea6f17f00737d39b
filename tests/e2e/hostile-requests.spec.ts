import http from 'node:http'
import { expect, test } from '@playwright/test'

/**
 * At least 500 generated hostile requests against the production server: every answer must be an
 * ordinary 2xx, 3xx, 404 or 405 with no stack trace, and the server must serve normally afterwards.
 * Raw node:http is used so paths reach the server exactly as written (no client-side normalising).
 */
interface Probe {
  method: string
  path: string
  headers?: Record<string, string>
}

function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed / 2 ** 31
  }
}

function probes(): Probe[] {
  const next = random(20261121)
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]
  const pieces = [
    'zh',
    'en',
    'smart',
    'docomo',
    'top-up',
    'check-data',
    'methods',
    'ussd',
    '..',
    '.',
    '%2e%2e',
    '%2f',
    '%5c',
    '%00',
    '%ZZ',
    '%E0%A4%A',
    '%C0%AF',
    '%',
    '~',
    'etc',
    'passwd',
    '_next',
    'static',
    '%3Cscript%3E',
    'a'.repeat(300),
    '%F0%9F%93%B1',
    '*123%23',
    'index.html',
    'feed.xml',
    'sitemap.xml',
  ]
  const list: Probe[] = []
  for (let i = 0; i < 320; i++) {
    const depth = 1 + Math.floor(next() * 7)
    list.push({ method: 'GET', path: `/${Array.from({ length: depth }, () => pick(pieces)).join('/')}` })
  }
  const traversal = [
    '/zh/..%2f..%2fetc/passwd',
    '/../../etc/passwd',
    '/zh/%2e%2e/%2e%2e/package.json',
    '/_next/static/..%2f..%2f.env',
    '/_next/%2e%2e/%2e%2e/next.config.ts',
    '/zh/smart/..%5c..%5cpackage.json',
    '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '//etc/passwd',
    '/zh//smart',
    '/zh/smart/',
    '/zh/.env',
    '/.git/config',
    '/content/carriers/smart.yaml',
    '/lib/guides.ts',
  ]
  for (const path of traversal) list.push({ method: 'GET', path })
  for (let i = 0; i < 40; i++) list.push({ method: 'GET', path: `/zh/${'x'.repeat(200 + Math.floor(next() * 6000))}` })
  for (let i = 0; i < 40; i++)
    list.push({ method: 'GET', path: `/zh/smart?q=${'%41%ZZ<>"\''.repeat(100 + Math.floor(next() * 900))}` })
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND']) {
    for (const path of ['/', '/zh', '/en/smart/top-up', '/zh/nope', '/_next/image?url=x']) list.push({ method, path })
  }
  const oddHeaders: Array<Record<string, string>> = [
    { 'Accept-Language': `*;q=abc,,,;;zh-${'x'.repeat(2000)}` },
    { RSC: '1', 'Next-Router-State-Tree': '%%%not-json' },
    { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': '/../..' },
    { Accept: 'text/x-component' },
    { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'gopher' },
    { Range: 'bytes=999999999-' },
    { 'If-None-Match': '*', 'If-Modified-Since': 'yesterday' },
    { 'Accept-Encoding': `gzip;q=x, br, zstd, ${'y'.repeat(500)}` },
    { 'Next-Action': 'abc123' },
    { 'X-Middleware-Subrequest': 'middleware:middleware:middleware:middleware:middleware' },
  ]
  for (const headers of oddHeaders)
    for (const path of ['/', '/zh', '/zh/smart/top-up', '/en/nope']) list.push({ method: 'GET', path, headers })
  for (let i = 0; i < 30; i++)
    list.push({ method: pick(['GET', 'HEAD']), path: `/${pick(pieces)}?${pick(pieces)}=${pick(pieces)}` })
  return list
}

function send(base: URL, probe: Probe): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: base.hostname,
        port: base.port,
        method: probe.method,
        path: probe.path,
        headers: probe.headers,
        timeout: 15_000,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        )
      },
    )
    request.on('timeout', () => request.destroy(new Error(`timeout: ${probe.method} ${probe.path.slice(0, 80)}`)))
    request.on('error', reject)
    request.end()
  })
}

test('hostile requests get ordinary answers and the server keeps serving', async ({ baseURL }) => {
  test.setTimeout(180_000)
  const base = new URL(baseURL!)
  const list = probes()
  expect(list.length).toBeGreaterThanOrEqual(500)
  const failures: string[] = []
  // Bounded: 8 requests in flight, each with a 15 s timeout.
  for (let start = 0; start < list.length; start += 8) {
    await Promise.all(
      list.slice(start, start + 8).map(async (probe) => {
        const { status, body } = await send(base, probe)
        const ok = (status >= 200 && status < 400) || status === 404 || status === 405
        const trace = /\n\s+at .+:\d+:\d+|node_modules\/|Error: .+\n/.test(body)
        if (!ok || trace)
          failures.push(
            `${status}${trace ? ' (stack trace)' : ''} ${probe.method} ${probe.path.slice(0, 100)} ${JSON.stringify(probe.headers ?? {}).slice(0, 100)}`,
          )
      }),
    )
  }
  expect(failures).toEqual([])
  // A method Node's HTTP parser does not know never reaches the app: the parser answers 400 itself.
  expect((await send(base, { method: 'FOO', path: '/zh' })).status).toBe(400)
  const after = await send(base, { method: 'GET', path: '/zh/smart/top-up' })
  expect(after.status).toBe(200)
  expect(after.body).toContain('*133#')
})
