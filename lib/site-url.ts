import { env } from './env'

/** The public origin every absolute URL starts with. */
export const siteOrigin = env.SITE_URL

/** An absolute URL for a site path from lib/routes.ts (sitemap, feeds, JSON-LD need absolute URLs). */
export function absoluteUrl(path: string): string {
  return new URL(path, siteOrigin).href
}
