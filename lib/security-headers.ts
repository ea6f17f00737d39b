/**
 * Security headers for every response (wired up in next.config.ts).
 *
 * script-src allows only files from this site: pages carry no inline script and no framework runtime, only
 * the islands in /islands/ (docs/decisions/009-no-framework-javascript.md; JSON-LD is data, not a script
 * the browser runs). 'self' rather than a path: browsers ignore paths after a redirect, and the only
 * other scripts this origin serves are Next.js's own chunks, which no page loads. Styles, fonts, fetches,
 * the worker and the manifest fall back to default-src 'self'; the header travels with every page, so
 * directives that would only repeat it are left out.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ')

/** On every response: a script or stylesheet is never sniffed as something else. */
export const NOSNIFF_HEADER = { key: 'X-Content-Type-Options', value: 'nosniff' }

/**
 * What only a document (or the worker) acts on. Scripts, stylesheets and images ignore these, so the
 * hashed build files and the islands go without them: on a guide's first visit that is about 2.5 KB of
 * headers a 128 kbit/s link no longer carries (docs/decisions/009-no-framework-javascript.md).
 */
export const DOCUMENT_HEADERS = [
  { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
]

/** Path prefixes of files that are never documents: Next.js's hashed build files, the islands, the icons. */
const NOT_DOCUMENTS = ['_next/static/', 'islands/', 'icon.svg', 'apple-icon']
const notDocuments = NOT_DOCUMENTS.map((prefix) => prefix.replaceAll('.', '\\.')).join('|')

/** The same paths as a Next.js `headers()` source (next.config.ts)… */
export const DOCUMENTS_ONLY = `/:path((?!${notDocuments}).*)`

/** …and as a test, for the prerendered responses the server sends itself (scripts/build-static-responses.ts). */
export const isDocumentPath = (pathname: string) => !NOT_DOCUMENTS.some((prefix) => pathname.startsWith(`/${prefix}`))

/** Sent only when a proxy in front says the request came over HTTPS: HSTS over plain HTTP means nothing. */
export const HSTS_HEADER = { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }
