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
 * What passes is answered from the build's ready responses when it is a prerendered page or a static file
 * (server/static-responses.mjs), else by Next.js.
 *
 * For that one POST it also passes the client's address to the route in `x-sim-helper-peer` (rate limits
 * only; the route hashes it and never stores it), replacing any such header a client sent. Behind a
 * reverse proxy set FEEDBACK_TRUST_PROXY=1 to use the address the proxy appended to X-Forwarded-For.
 */
import http from 'node:http'
import path from 'node:path'
import { staticResponses } from './static-responses.mjs'

const ALLOWED = new Set(['GET', 'HEAD'])
const WRITE_PATH = '/api/feedback'
const PEER_HEADER = 'x-sim-helper-peer'
/** No page lives here: Next.js answers it with the bilingual 404 page (app/global-not-found.tsx). */
const NOT_FOUND_PATH = '/not-found'
const trustProxy = process.env.FEEDBACK_TRUST_PROXY === '1'
const emit = http.Server.prototype.emit
// The standalone server's folder: this file is preloaded into `node … <standalone>/server.js`.
// SIM_HELPER_READY_RESPONSES=off sends every request to Next.js (the benchmark's "before", or a way out).
const serveStatic =
  process.env.SIM_HELPER_READY_RESPONSES === 'off'
    ? undefined
    : staticResponses(path.dirname(path.resolve(process.argv[1] ?? '.')))

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
    else if (serveStatic?.(request, response)) return true
    delete request.headers[PEER_HEADER]
    if (isWrite) request.headers[PEER_HEADER] = peerAddress(request)
  }
  return emit.call(this, event, request, response, ...rest)
}
