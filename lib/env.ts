import { z } from 'zod'

/**
 * SITE_URL is the public origin (scheme, host, port) that canonical URLs, hreflang links, the sitemap,
 * the feeds and JSON-LD are written against. Only an origin: a path would silently shift every URL.
 */
const siteUrlSchema = z
  .url({ protocol: /^https?$/, error: 'SITE_URL must be an http(s) URL such as https://sim-helper.example' })
  .refine((value) => {
    if (!URL.canParse(value)) return true // already reported by z.url (zod runs every check)
    const url = new URL(value)
    return url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password
  }, 'SITE_URL must be an origin only (no path, query, fragment or credentials), e.g. https://sim-helper.example')
  .transform((value) => new URL(value).origin)

const envSchema = z.object({
  // The default serves local builds (`npm run setup` listens on port 3000); production sets SITE_URL.
  SITE_URL: siteUrlSchema.default('http://localhost:3000'),
})

export type Env = z.infer<typeof envSchema>

/** Validate an environment; an empty string counts as unset, as it does in most deploy dashboards. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse({ SITE_URL: source.SITE_URL || undefined })
  if (!result.success) throw new Error(`Invalid environment:\n${z.prettifyError(result.error)}`)
  return result.data
}

export const env = parseEnv(process.env)
