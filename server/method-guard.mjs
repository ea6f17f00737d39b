/**
 * Preloaded into the production server (`node --import ./server/method-guard.mjs`): answers every method
 * other than GET and HEAD with 405 before Next.js sees the request, except POST on the one write the site
 * has, the traveller reports (`/api/feedback`). Next.js wraps each request in a WHATWG Request, which
 * throws on TRACE, TRACK and CONNECT; that surfaced as a 500 (and a stack trace in the log).
 *
 * For that one POST it also passes the client's address to the route in `x-sim-helper-peer` (rate limits
 * only; the route hashes it and never stores it), replacing any such header a client sent. Behind a
 * reverse proxy set FEEDBACK_TRUST_PROXY=1 to use the address the proxy appended to X-Forwarded-For.
 */
import http from 'node:http'

const ALLOWED = new Set(['GET', 'HEAD'])
const WRITE_PATH = '/api/feedback'
const PEER_HEADER = 'x-sim-helper-peer'
const trustProxy = process.env.FEEDBACK_TRUST_PROXY === '1'
const emit = http.Server.prototype.emit

function peerAddress(request) {
  const forwarded = trustProxy
    ? String(request.headers['x-forwarded-for'] ?? '')
        .split(',')
        .at(-1)
        ?.trim()
    : ''
  return forwarded || request.socket.remoteAddress || 'unknown'
}

http.Server.prototype.emit = function guardedEmit(event, request, response, ...rest) {
  if (event === 'request') {
    const isWrite = request.method === 'POST' && request.url?.split('?')[0] === WRITE_PATH
    if (!isWrite && !ALLOWED.has(request.method)) {
      const allow = request.url?.split('?')[0] === WRITE_PATH ? 'POST' : 'GET, HEAD'
      response.writeHead(405, { Allow: allow, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': '18' })
      response.end('Method Not Allowed')
      return true
    }
    delete request.headers[PEER_HEADER]
    if (isWrite) request.headers[PEER_HEADER] = peerAddress(request)
  }
  return emit.call(this, event, request, response, ...rest)
}
