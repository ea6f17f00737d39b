import type { MetadataRoute } from 'next'
import { hreflang } from '@/lib/metadata'
import { allSitePages } from '@/lib/site-pages'
import { absoluteUrl } from '@/lib/site-url'

/** /sitemap.xml: every page in every language it exists in, with its translations and last change. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const pages = await allSitePages()
  return pages.flatMap((page) => {
    const languages = Object.fromEntries(Object.entries(hreflang(page)).map(([tag, path]) => [tag, absoluteUrl(path)]))
    return page.versions.map((version) => ({
      url: absoluteUrl(version.path),
      ...(version.updated ? { lastModified: version.updated } : {}),
      alternates: { languages },
    }))
  })
}
