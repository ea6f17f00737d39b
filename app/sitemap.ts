import type { MetadataRoute } from 'next'
import { hreflang } from '@/lib/page-list'
import { allPages } from '@/lib/pages'
import { absoluteUrl } from '@/lib/site-url'

/** /sitemap.xml: every indexable page in every language it exists in, with its translations and last change. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return (await allPages()).flatMap((page) => {
    const versions = page.versions.filter((version) => version.indexable !== false)
    const languages = Object.fromEntries(
      Object.entries(hreflang(versions)).map(([tag, path]) => [tag, absoluteUrl(path)]),
    )
    return versions.map((version) => ({
      url: absoluteUrl(version.path),
      ...(version.updated ? { lastModified: version.updated } : {}),
      alternates: { languages },
    }))
  })
}
