/**
 * Security headers for every response (wired up in next.config.ts).
 *
 * script-src needs 'unsafe-inline': Next.js writes the React Server Components payload into inline
 * <script> tags (self.__next_f.push(...)), and the only alternative, a per-request nonce, would make every
 * page dynamic instead of static. The risk is small here: pages are built only from validated content,
 * and articles cannot contain scripts, expressions or raw HTML (lib/pipeline/safe-mdx.ts). Everything
 * else is as strict as static pages allow.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ')

export const SECURITY_HEADERS = [
  { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
]

/** Sent only when a proxy in front says the request came over HTTPS: HSTS over plain HTTP means nothing. */
export const HSTS_HEADER = { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }
