import http from 'node:http'
import net, { type AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFrontServer } from '../../server/front-server.mjs'
import { guardRequest, PEER_HEADER } from '../../server/request-guard.mjs'

/**
 * The front server (`npm start`): the request guard, the ready responses, then Next.js. Here a real front
 * server on 127.0.0.1 stands before a tiny upstream that reports what reached it, in place of Next.js.
 */
const guard = (method: string, url: string, headers: http.IncomingHttpHeaders = {}, trustProxy = false) =>
  guardRequest({ method, url, headers, socket: { remoteAddress: '192.0.2.1' } }, { trustProxy })

describe('the request guard', () => {
  it('passes GET and HEAD, and POST only where reports are written', () => {
    expect(guard('GET', '/zh').pass?.url).toBe('/zh')
    expect(guard('HEAD', '/zh/smart?x=1').pass?.url).toBe('/zh/smart?x=1')
    expect(guard('POST', '/api/feedback?locale=zh').pass?.url).toBe('/api/feedback?locale=zh')
    expect(guard('POST', '/zh').refuse).toMatchObject({ status: 405, headers: { Allow: 'GET, HEAD' } })
    expect(guard('DELETE', '/api/feedback').refuse).toMatchObject({ status: 405, headers: { Allow: 'POST' } })
    for (const method of ['PUT', 'OPTIONS', 'TRACE', 'TRACK', 'PROPFIND'])
      expect(guard(method, '/zh').refuse?.status).toBe(405)
  })

  it('refuses every target that is not a path: absolute form, `*`, authority form', () => {
    for (const target of ['http://evil.example/zh', 'https://evil.example', '*', 'evil.example:443', ''])
      expect(guard('GET', target).refuse?.status, target).toBe(400)
    expect(guard('OPTIONS', '*').refuse?.status).toBe(400)
  })

  it('sends malformed escapes and the image optimizer to the 404 page', () => {
    expect(guard('GET', '/zh/%E0%A4%A').pass?.url).toBe('/not-found')
    expect(guard('GET', '/zh/%ZZ?q=1').pass?.url).toBe('/not-found')
    expect(guard('GET', '/_next/image?url=%2Fx.png&w=64').pass?.url).toBe('/not-found')
    expect(guard('GET', '/zh/smart?q=%ZZ').pass?.url).toBe('/zh/smart?q=%ZZ') // the query is the page's business
  })

  it('never lets a client choose the peer address', () => {
    const spoofed = { [PEER_HEADER]: '203.0.113.66', 'x-forwarded-for': '198.51.100.1, 198.51.100.2' }
    expect(guard('GET', '/zh', spoofed).pass?.headers[PEER_HEADER]).toBeUndefined()
    expect(guard('POST', '/api/feedback', spoofed).pass?.headers[PEER_HEADER]).toBe('192.0.2.1')
    // Behind a trusted proxy: the address that proxy appended, the last entry.
    expect(guard('POST', '/api/feedback', spoofed, true).pass?.headers[PEER_HEADER]).toBe('198.51.100.2')
    expect(guard('POST', '/api/feedback', { [PEER_HEADER]: 'x' }, true).pass?.headers[PEER_HEADER]).toBe('192.0.2.1')
  })

  it('leaves the request it was given as it was', () => {
    const headers = { [PEER_HEADER]: '203.0.113.66' }
    guard('POST', '/api/feedback', headers)
    expect(headers[PEER_HEADER]).toBe('203.0.113.66')
  })
})

interface Seen {
  method?: string
  url?: string
  headers: http.IncomingHttpHeaders
  body: string
}

describe('the front server before an upstream', () => {
  const seen: Seen[] = []
  let held: http.ServerResponse | undefined
  const upstream = http.createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk))
    request.on('end', () => {
      seen.push({ method: request.method, url: request.url, headers: request.headers, body })
      if (request.url === '/held') {
        // Streams: the first part now, the rest when the test has seen the first part arrive.
        response.writeHead(200, { 'Content-Type': 'text/plain' })
        response.write('first,')
        held = response
        return
      }
      response.writeHead(201, { 'X-From-Upstream': 'yes', 'Keep-Alive': 'timeout=99', Connection: 'x-private' })
      response.end(`echo:${body.length}`)
    })
  })
  const front = (trustProxy = false) =>
    createFrontServer({
      upstream: { host: '127.0.0.1', port: (upstream.address() as AddressInfo).port },
      serveReady: (request, response) => {
        if (request.url !== '/ready') return false
        response.writeHead(200, { 'Content-Type': 'text/plain' })
        response.end('ready')
        return true
      },
      trustProxy,
    })
  let base: number
  let trusting: number
  const servers: http.Server[] = []
  const listen = async (server: http.Server) => {
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return (server.address() as AddressInfo).port
  }

  beforeAll(async () => {
    await listen(upstream)
    base = await listen(front())
    trusting = await listen(front(true))
  })
  afterAll(async () => {
    for (const server of servers.reverse()) {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it('hands a request on with its body and end-to-end headers, and the answer back', async () => {
    const answer = await send(base, {
      method: 'POST',
      path: '/api/feedback?locale=zh',
      headers: { Connection: 'x-private', 'X-Private': '1', TE: 'trailers', 'Content-Type': 'text/plain' },
      body: 'worked=yes',
    })
    expect(answer).toMatchObject({ status: 201, body: 'echo:10' })
    expect(answer.headers['x-from-upstream']).toBe('yes')
    expect(answer.headers['x-private']).toBeUndefined()
    const request = seen.at(-1)!
    expect(request).toMatchObject({ method: 'POST', url: '/api/feedback?locale=zh', body: 'worked=yes' })
    expect(request.headers).toMatchObject({ 'content-type': 'text/plain', [PEER_HEADER]: '127.0.0.1' })
    expect(request.headers['x-private']).toBeUndefined()
    expect(request.headers.te).toBeUndefined()
  })

  it('overwrites a spoofed peer header, and takes the proxy’s address only when told to trust it', async () => {
    const headers = { [PEER_HEADER]: '203.0.113.66', 'X-Forwarded-For': '198.51.100.1, 198.51.100.2' }
    await send(base, { method: 'GET', path: '/zh', headers })
    expect(seen.at(-1)?.headers[PEER_HEADER]).toBeUndefined()
    await send(base, { method: 'POST', path: '/api/feedback', headers })
    expect(seen.at(-1)?.headers[PEER_HEADER]).toBe('127.0.0.1')
    await send(trusting, { method: 'POST', path: '/api/feedback', headers })
    expect(seen.at(-1)?.headers[PEER_HEADER]).toBe('198.51.100.2')
  })

  it('streams an answer as it comes', async () => {
    const body = await new Promise<string>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port: base, path: '/held' }, (response) => {
          let text = ''
          response.on('data', (chunk: Buffer) => {
            text += chunk
            if (text === 'first,') held?.end('last') // only reachable if the first part came alone
          })
          response.on('end', () => resolve(text))
        })
        .on('error', reject)
    })
    expect(body).toBe('first,last')
  })

  it('answers ready responses itself, and refuses hostile targets before anything else sees them', async () => {
    const before = seen.length
    expect(await send(base, { method: 'GET', path: '/ready' })).toMatchObject({ status: 200, body: 'ready' })
    expect(await raw(base, 'GET http://evil.example/zh HTTP/1.1\r\nHost: evil.example\r\n\r\n')).toMatch(
      /^HTTP\/1\.1 400 /,
    )
    expect(await raw(base, 'OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 /)
    expect(await raw(base, 'CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n')).toMatch(
      /^HTTP\/1\.1 400 /,
    )
    const refused = await send(base, { method: 'PUT', path: '/zh' })
    expect(refused).toMatchObject({ status: 405, body: 'Method Not Allowed' })
    expect(refused.headers.allow).toBe('GET, HEAD')
    expect(seen.length).toBe(before)
  })

  it('sends malformed paths to the 404 page', async () => {
    await send(base, { method: 'GET', path: '/zh/%E0%A4%A' })
    expect(seen.at(-1)?.url).toBe('/not-found')
  })

  it('answers 502 when the upstream is not there', async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo
        probe.close(() => resolve(port))
      })
    })
    const orphan = await listen(createFrontServer({ upstream: { host: '127.0.0.1', port: closed } }))
    expect(await send(orphan, { method: 'GET', path: '/zh' })).toMatchObject({ status: 502, body: 'Bad Gateway' })
  })
})

function send(
  port: number,
  options: { method: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, ...options }, (response) => {
      let body = ''
      response.on('data', (chunk: Buffer) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }))
    })
    request.on('error', reject)
    request.end(options.body)
  })
}

/** A request written byte for byte, as no HTTP client library would send it. */
function raw(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let answer = ''
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text))
    socket.on('data', (chunk: Buffer) => {
      answer += chunk
      if (answer.includes('\r\n\r\n')) socket.destroy()
    })
    socket.on('close', () => resolve(answer))
    socket.on('error', reject)
  })
}
