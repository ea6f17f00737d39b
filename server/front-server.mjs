/**
 * The front server: what `npm start` and the Docker image listen with (docs/decisions/015-front-server.md).
 * The order of a request, one line each: the request guard, the ready responses, then Next.js's own
 * standalone server on a private loopback port. Plain node:http; nothing is patched or preloaded.
 */
import http from 'node:http'
import { proxy } from './proxy.mjs'
import { guardRequest } from './request-guard.mjs'

/**
 * `upstream`: where Next.js listens (`{ host, port }`); `serveReady`: the ready responses
 * (server/static-responses.mjs), or undefined to send everything to Next.js; `trustProxy`: the
 * FEEDBACK_TRUST_PROXY setting.
 */
export function createFrontServer({ upstream, serveReady, trustProxy = false }) {
  const agent = new http.Agent({ keepAlive: true })
  const server = http.createServer((request, response) => {
    const verdict = guardRequest(request, { trustProxy })
    if (verdict.refuse) return answer(response, verdict.refuse)
    // A request the guard sent to the 404 page is not looked up among the ready responses.
    if (verdict.pass.url === request.url && serveReady?.(request, response)) return
    proxy(request, response, verdict.pass, { ...upstream, agent })
  })
  // CONNECT never reaches the handler above: Node gives it the raw socket, so answer the guard's 400 there.
  server.on('connect', (request, socket) => {
    const { status, headers, body } = guardRequest(request, { trustProxy }).refuse
    const lines = Object.entries({ ...headers, Connection: 'close' }).map(([name, value]) => `${name}: ${value}`)
    socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n${lines.join('\r\n')}\r\n\r\n${body}`)
  })
  server.on('close', () => agent.destroy())
  return server
}

function answer(response, { status, headers, body }) {
  response.writeHead(status, headers)
  response.end(body)
}
