import { getContent, getSearchSynonyms } from '../guides'
import type { Locale } from '../i18n/locales'
import { buildSearchIndex, type SearchIndex } from './build-index'
import { nextBuildId } from './index-file'
import { serializeIndex } from './serialize'

/**
 * A locale's search index built from the content: by `npm run search:index` at build time, and per request
 * in `next dev`. Never in the production server, which reads only the file the build wrote. It reads the
 * content and the search vocabulary only, never the UI dictionaries: renaming a button re-ranks nothing.
 */
export async function buildFromContent(locale: Locale): Promise<SearchIndex> {
  const [content, synonyms] = await Promise.all([getContent(), getSearchSynonyms()])
  return buildSearchIndex({ locale, content, synonyms })
}

/** The index in the form the build writes, for the current build. */
export async function serializeForBuild(locale: Locale, root: string): Promise<Buffer> {
  const [index, content, synonyms, buildId] = await Promise.all([
    buildFromContent(locale),
    getContent(),
    getSearchSynonyms(),
    nextBuildId(root),
  ])
  return serializeIndex(index, { carriers: content.carriers, synonyms, buildId })
}
