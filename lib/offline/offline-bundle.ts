import { LOCALES, type Locale } from '../i18n/locales'
import { routes } from '../routes'
import type { Carrier } from '../schema/carrier'
import type { Guide } from '../schema/content'
import type { PageList } from '../page-list'
import { type BuiltFiles, hash } from './built-files'
import { carrierPagePaths, pageAssets } from './page-files'
import { saveListSchema, type SaveList } from './save-list'

const unique = (items: string[]) => [...new Set(items)].sort()
const assetsOf = (site: BuiltFiles, pages: string[]) =>
  unique(pages.flatMap((page) => pageAssets(site.read(page).toString('utf8'))))

/**
 * What "Save for my trip" stores for one carrier in one language: every page of the carrier in the page
 * list (each must have been prerendered: reading it fails otherwise) and the files they load, with their
 * total size in bytes as the server sends them (what the cache holds).
 */
export function saveList(
  site: BuiltFiles,
  list: PageList,
  locale: Locale,
  carrier: Carrier,
  guides: Guide[],
): SaveList {
  const pages = carrierPagePaths(list, locale, carrier.id)
  const assets = assetsOf(site, pages)
  const bytes = [...pages, ...assets].reduce((total, url) => total + site.read(url).length, 0)
  // The content, not the build: a new deployment with the same guides does not ask travellers to save again.
  const version = hash(JSON.stringify({ carrier, guides: guides.map(({ file: _file, ...guide }) => guide) }))
  return saveListSchema.parse({
    locale,
    carrier: carrier.id,
    name: carrier.name[locale],
    version,
    pages,
    assets,
    bytes,
  })
}

/**
 * The service worker's precache, fetched on a first visit: the offline page in each language and what it
 * loads (mostly already in the browser's cache), and the manifests. Not the icons (17 kB): the browser
 * fetches them itself when the site is installed, and an installed app keeps its own copy.
 */
export function shellEntries(site: BuiltFiles): Array<{ url: string; revision: string | null }> {
  const pages = LOCALES.map(routes.offline)
  const named = [...pages, ...LOCALES.map(routes.manifest)]
  return [
    ...named.map((url) => ({ url, revision: site.revision(url) })),
    // Hashed build files carry their version in their name.
    ...assetsOf(site, pages).map((url) => ({ url, revision: null })),
  ]
}
