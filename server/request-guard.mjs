/**
 * The request guard: the front server's first step (server/front-server.mjs), a pure decision on the request
 * line, the headers and the peer address, made before anything answers. Hostile requests get an ordinary
 * answer here instead of a 500 or a redirect from Next.js, and the site needs no Next.js middleware (which
 * costs every request: docs/decisions/009-no-framework-javascript.md, "the server path").
 * - Only origin-form targets (`/path?query`) pass: the absolute form (`GET http://evil.example/zh`) is for
 *   proxies and would let a client choose the host Next.js builds redirects with, `*` is for OPTIONS, and
 *   the authority form (`example.com:443`) for CONNECT: 400.
 * - Every method other than GET and HEAD gets 405, except POST on the one write the site has, the
 *   traveller reports (`/api/feedback`): Next.js wraps each request in a WHATWG Request, which throws on
 *   TRACE, TRACK and CONNECT.
 * - A path with a malformed percent-escape (e.g. /zh/%E0%A4%A), on which Next.js throws while decoding
 *   route params, and the unused image optimizer (/_next/image) are sent to the ordinary 404 page.
 * - `x-sim-helper-peer` is always removed; on that one POST it carries the client's address to the route
 *   (rate limits only; the route hashes it and never stores it). Behind a reverse proxy,
 *   FEEDBACK_TRUST_PROXY=1 takes the address the proxy appended to X-Forwarded-For instead.
 */

export const PEER_HEADER = 'x-sim-helper-peer'
const WRITE_PATH = '/api/feedback'
/** No page lives here: Next.js answers it with the bilingual 404 page (app/global-not-found.tsx). */
const NOT_FOUND_PATH = '/not-found'

/**
 * What to do with one request (`{ method, url, headers, socket: { remoteAddress } }`, as node:http gives it):
 * `{ refuse: { status, headers, body } }`, or `{ pass: { url, headers } }` with the target and headers to
 * hand on (a copy: the request itself is not changed).
 */
export function guardRequest(request, { trustProxy = false } = {}) {
  const target = request.url ?? ''
  if (!target.startsWith('/')) return refuse(400, 'Bad Request')
  const pathname = target.split('?')[0]
  const isWritePath = pathname === WRITE_PATH
  const allowed = request.method === 'GET' || request.method === 'HEAD' || (isWritePath && request.method === 'POST')
  if (!allowed) return refuse(405, 'Method Not Allowed', { Allow: isWritePath ? 'POST' : 'GET, HEAD' })
  const headers = { ...request.headers }
  delete headers[PEER_HEADER]
  if (isWritePath && request.method === 'POST') headers[PEER_HEADER] = peerAddress(request, trustProxy)
  const url = pathname.startsWith('/_next/image') || !isWellFormed(pathname) ? NOT_FOUND_PATH : target
  return { pass: { url, headers } }
}

function refuse(status, body, headers = {}) {
  return {
    refuse: {
      status,
      headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': String(body.length) },
      body,
    },
  }
}

function peerAddress(request, trustProxy) {
  const forwarded = trustProxy
    ? String(request.headers['x-forwarded-for'] ?? '')
        .split(',')
        .at(-1)
        ?.trim()
    : ''
  return forwarded || request.socket?.remoteAddress || 'unknown'
}

function isWellFormed(pathname) {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}
