/**
 * Preloaded into the production server (`node --import ./server/request-guard.mjs`): the one check in front
 * of every request, in plain Node before Next.js sees it, so that hostile requests get an ordinary answer
 * instead of a 500, and the site needs no Next.js middleware (which costs every request, static pages
 * included: docs/decisions/009-no-framework-javascript.md, "the server path"):
 * - every method other than GET and HEAD gets 405, except POST on the one write the site has, the
 *   traveller reports (`/api/feedback`): Next.js wraps each request in a WHATWG Request, which throws on
 *   TRACE, TRACK and CONNECT;
 * - a path with a malformed percent-escape (e.g. /zh/%E0%A4%A), on which Next.js throws while decoding
 *   route params, and the unused image optimizer (/_next/image) are sent to the ordinary 404 page.
 *
 * For that one POST it also passes the client's address to the route in `x-sim-helper-peer` (rate limits
 * only; the route hashes it and never stores it), replacing any such header a client sent. Behind a
 * reverse proxy set FEEDBACK_TRUST_PROXY=1 to use the address the proxy appended to X-Forwarded-For.
 */
import http from 'node:http'

const ALLOWED = new Set(['GET', 'HEAD'])
const WRITE_PATH = '/api/feedback'
const PEER_HEADER = 'x-sim-helper-peer'
/** No page lives here: Next.js answers it with the bilingual 404 page (app/global-not-found.tsx). */
const NOT_FOUND_PATH = '/not-found'
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

function isWellFormed(pathname) {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

http.Server.prototype.emit = function guardedEmit(event, request, response, ...rest) {
  if (event === 'request') {
    const pathname = request.url?.split('?')[0] ?? ''
    const isWrite = request.method === 'POST' && pathname === WRITE_PATH
    if (!isWrite && !ALLOWED.has(request.method)) {
      const allow = pathname === WRITE_PATH ? 'POST' : 'GET, HEAD'
      response.writeHead(405, { Allow: allow, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': '18' })
      response.end('Method Not Allowed')
      return true
    }
    if (pathname.startsWith('/_next/image') || !isWellFormed(pathname)) request.url = NOT_FOUND_PATH
    delete request.headers[PEER_HEADER]
    if (isWrite) request.headers[PEER_HEADER] = peerAddress(request)
  }
  return emit.call(this, event, request, response, ...rest)
}
