/**
 * Security headers for every response (wired up in next.config.ts and build/ready-responses.ts).
 *
 * script-src allows files from this site and, by their SHA-256 hash, the islands the publish stage writes
 * into the prerendered pages (build/island-scripts.ts, docs/decisions/017-islands-in-the-page.md): no other
 * inline script runs, so there is no 'unsafe-inline'. Next.js's headers list every island; a prerendered
 * page's ready response lists only its own (build/ready-responses.ts), about 50 bytes fewer per island left
 * out. 'self' stays for the pages that load islands as files
 * (the search and report pages, `next dev`); the only other scripts this origin serves are Next.js's own
 * chunks, which no page loads. JSON-LD is data, not a script the browser runs. Styles, fonts, fetches, the
 * worker and the manifest fall back to default-src 'self'; the header travels with every page, so
 * directives that would only repeat it are left out.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes.map((hash) => `'${hash}'`)].join(' '),
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ')
}

/** On every response: a script or stylesheet is never sniffed as something else. */
export const NOSNIFF_HEADER = { key: 'X-Content-Type-Options', value: 'nosniff' }

/**
 * What only a document (or the worker) acts on. Scripts, stylesheets and images ignore these, so the
 * hashed build files and the island files go without them: on a guide's first visit that was about 2.5 KB of
 * headers a 128 kbit/s link no longer carries (docs/decisions/009-no-framework-javascript.md).
 */
export const documentHeaders = (scriptHashes: readonly string[]) => [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy(scriptHashes) },
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
