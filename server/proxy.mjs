/**
 * Hand a request to Next.js's server and its answer back to the client (server/front-server.mjs), both
 * bodies streamed. Hop-by-hop headers (RFC 9110 §7.6.1) stay on their own connection; an upstream that
 * cannot be reached gets the client a 502, and a client that goes away stops the upstream request.
 */
import http from 'node:http'
import { pipeline } from 'node:stream'

const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade']

/** The headers without those that belong to one connection, including any its Connection header names. */
export function endToEnd(headers) {
  const named = String(headers.connection ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
  const kept = {}
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined && !HOP_BY_HOP.includes(name) && !named.includes(name)) kept[name] = value
  return kept
}

/** `pass` is the guard's `{ url, headers }`; `upstream` is `{ host, port, agent }`. */
export function proxy(request, response, pass, upstream) {
  const headers = endToEnd(pass.headers)
  delete headers.expect // this server has already answered it (100 Continue)
  // What Next.js would have taken from the socket had it faced the client itself (it keeps values already set).
  headers['x-forwarded-for'] ??= request.socket.remoteAddress
  headers['x-forwarded-port'] ??= String(request.socket.localPort)
  const outgoing = http.request({ ...upstream, method: request.method, path: pass.url, headers })
  outgoing.on('error', (error) => {
    if (response.headersSent) return response.destroy(error)
    console.error(`front server: no answer from Next.js for ${request.method} ${pass.url}: ${error.message}`)
    response.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': '11' })
    response.end('Bad Gateway')
  })
  outgoing.on('response', (reply) => {
    response.writeHead(reply.statusCode ?? 502, reply.statusMessage, endToEnd(reply.headers))
    pipeline(reply, response, () => {}) // either side closing early closes the other
  })
  // A client that leaves before its answer is complete: stop the upstream request too.
  response.on('close', () => {
    if (!response.writableFinished) outgoing.destroy()
  })
  request.pipe(outgoing)
}
