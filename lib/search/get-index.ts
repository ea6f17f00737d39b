import { readFile } from 'node:fs/promises'
import type { Locale } from '../i18n/locales'
import type { SearchIndex } from './build-index'
import { indexFile, nextBuildId } from './index-file'
import { deserializeIndex } from './serialize'

const built = new Map<Locale, Promise<SearchIndex>>()

/**
 * A locale's search index. `npm run build` writes it to a file right after `next build`
 * (scripts/build-search-index.ts); the production server reads only that file, once per process, and
 * never the content: it ships neither the articles nor the MDX compiler. A missing file, or one from
 * another build, is an error that says how to fix it. In `next dev` the index is built from the content
 * on each request, so editors see their changes.
 */
export function getSearchIndex(locale: Locale): Promise<SearchIndex> {
  if (process.env.NODE_ENV === 'development')
    return import('./index-from-content').then((module) => module.buildFromContent(locale))
  let index = built.get(locale)
  if (!index) {
    index = readPrebuilt(locale)
    built.set(locale, index)
    index.catch(() => built.delete(locale)) // a failure is retried, not remembered
  }
  return index
}

async function readPrebuilt(locale: Locale): Promise<SearchIndex> {
  const root = process.cwd()
  const file = indexFile(root, locale)
  const [buildId, bytes] = await Promise.all([nextBuildId(root), readFile(file).catch(() => undefined)])
  if (!bytes)
    throw new Error(
      `no search index at ${file}: \`npm run build\` writes it (\`npm run search:index\` after a bare \`next build\`)`,
    )
  const index = deserializeIndex(bytes, buildId)
  if (!index) throw new Error(`the search index at ${file} belongs to another build: run \`npm run search:index\``)
  return index
}
