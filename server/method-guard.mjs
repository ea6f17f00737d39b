/**
 * Preloaded into the production server (`node --import ./server/method-guard.mjs`): answers every method
 * other than GET and HEAD with 405 before Next.js sees the request. Next.js wraps each request in a WHATWG
 * Request, which throws on TRACE, TRACK and CONNECT; that surfaced as a 500 (and a stack trace in the log).
 * The site is all static pages: nothing else is ever needed.
 */
import http from 'node:http'

const ALLOWED = new Set(['GET', 'HEAD'])
const emit = http.Server.prototype.emit

http.Server.prototype.emit = function guardedEmit(event, request, response, ...rest) {
  if (event === 'request' && !ALLOWED.has(request.method)) {
    response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': '18' })
    response.end('Method Not Allowed')
    return true
  }
  return emit.call(this, event, request, response, ...rest)
}
