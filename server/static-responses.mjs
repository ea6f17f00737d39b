/**
 * The production server's fast path (docs/decisions/011-static-responses.md): a GET or HEAD for something
 * that is the same for every request (a prerendered page, feed or icon, a hashed build file, a file of
 * public/) is answered from the ready responses `npm run build` wrote (scripts/build-static-responses.ts):
 * headers decided at build time, the body already compressed with Brotli or gzip. Everything else (search,
 * the feedback API, 404s, `/`) goes on to Next.js. Bodies are read once and kept, up to MEMORY_LIMIT bytes.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

const MEMORY_LIMIT = 64 * 1024 * 1024

/** Which encoding to send, from an Accept-Encoding header: Brotli, then gzip, then none (q=0 refuses one). */
export function chooseEncoding(acceptEncoding, available) {
  const accepted = new Set()
  for (const part of String(acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='))
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name)
  }
  for (const encoding of ['br', 'gzip'])
    if (available[encoding] && (accepted.has(encoding) || accepted.has('*'))) return encoding
  return undefined
}

/** Whether an If-None-Match header names this representation's ETag (weak or strong, or `*`). */
export function matchesEtag(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false
  return String(ifNoneMatch)
    .split(',')
    .some((tag) => {
      const trimmed = tag.trim()
      return trimmed === '*' || trimmed.replace(/^W\//, '') === etag
    })
}

/**
 * The fast path for one standalone folder, or undefined when that build has no ready responses (then every
 * request goes to Next.js, as before). `serve(request, response)` answers and returns true, or returns false.
 */
export function staticResponses(standaloneDir) {
  const manifestFile = path.join(standaloneDir, 'static-responses.json')
  if (!existsSync(manifestFile)) return undefined
  const { headerSets, hsts, responses } = JSON.parse(readFileSync(manifestFile, 'utf8'))
  const bodies = new Map()
  let kept = 0

  function body(file) {
    const known = bodies.get(file)
    if (known) return known
    const read = readFileSync(path.join(standaloneDir, file))
    if (kept + read.length <= MEMORY_LIMIT) {
      bodies.set(file, read)
      kept += read.length
    }
    return read
  }

  return function serve(request, response) {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false
    const pathname = request.url?.split('?')[0] ?? ''
    const ready = Object.hasOwn(responses, pathname) ? responses[pathname] : undefined
    if (!ready) return false
    const encoding = chooseEncoding(request.headers['accept-encoding'], ready)
    // Each encoding is its own representation, so its own ETag.
    const etag = encoding ? `${ready.etag.slice(0, -1)}-${encoding}"` : ready.etag
    const headers = { ...headerSets[ready.headers], 'Cache-Control': ready.cache, ETag: etag }
    if (ready.br || ready.gzip) headers.Vary = 'Accept-Encoding'
    if (request.headers['x-forwarded-proto'] === 'https') headers['Strict-Transport-Security'] = hsts
    if (matchesEtag(request.headers['if-none-match'], etag)) {
      response.writeHead(304, headers)
      response.end()
      return true
    }
    const content = body(encoding ? ready[encoding] : ready.file)
    headers['Content-Type'] = ready.type
    headers['Content-Length'] = String(content.length)
    if (encoding) headers['Content-Encoding'] = encoding
    response.writeHead(200, headers)
    response.end(request.method === 'HEAD' ? undefined : content)
    return true
  }
}
