import { getCarriers, getGuides, getSearchSynonyms } from '../guides'
import { getDictionary, LOCALES, type Locale } from '../i18n'
import { TASKS, type Task } from '../schema/task'
import { buildSearchIndex, type SearchIndex } from './build-index'
import { nextBuildId } from './index-file'
import { serializeIndex } from './serialize'

/**
 * A locale's search index built from the content: by `npm run search:index` at build time, and per request
 * in `next dev`. Never in the production server, which reads only the file the build wrote.
 */
export async function buildFromContent(locale: Locale): Promise<SearchIndex> {
  const [guides, carriers, synonyms] = await Promise.all([getGuides(locale), getCarriers(), getSearchSynonyms()])
  // Task names in every UI language, so an English word finds a Chinese guide's task and back.
  const taskNames = Object.fromEntries(
    TASKS.map((task) => [task, LOCALES.map((locale) => getDictionary(locale).tasks[task].name)]),
  ) as Record<Task, string[]>
  return buildSearchIndex({ locale, guides, carriers, synonyms, taskNames })
}

/** The index in the form the build writes, for the current build. */
export async function serializeForBuild(locale: Locale, root: string): Promise<Buffer> {
  const [index, carriers, synonyms, buildId] = await Promise.all([
    buildFromContent(locale),
    getCarriers(),
    getSearchSynonyms(),
    nextBuildId(root),
  ])
  return serializeIndex(index, { carriers, synonyms, buildId })
}
