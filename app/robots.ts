import type { MetadataRoute } from 'next'
import { routes } from '@/lib/routes'
import { absoluteUrl } from '@/lib/site-url'

/** /robots.txt: everything may be crawled; the sitemap lists every page. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: absoluteUrl(routes.sitemap()),
  }
}
