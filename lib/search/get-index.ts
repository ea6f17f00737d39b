import { getCarriers, getGuides, getSearchSynonyms } from '../guides'
import { en } from '../i18n/en'
import type { Locale } from '../i18n/locales'
import { zh } from '../i18n/zh'
import { TASKS, type Task } from '../schema/task'
import { buildSearchIndex, type SearchIndex } from './build-index'

const built = new Map<Locale, Promise<SearchIndex>>()

/**
 * A locale's search index, built from the typed content (through lib/guides, like every page) once per
 * server process and never per request. `next dev` rebuilds it per request, so edits show up.
 */
export function getSearchIndex(locale: Locale): Promise<SearchIndex> {
  if (process.env.NODE_ENV === 'development') return build(locale)
  let index = built.get(locale)
  if (!index) {
    index = build(locale)
    built.set(locale, index)
    index.catch(() => built.delete(locale)) // a failed build is retried, not cached
  }
  return index
}

async function build(locale: Locale): Promise<SearchIndex> {
  const [guides, carriers, synonyms] = await Promise.all([getGuides(locale), getCarriers(), getSearchSynonyms()])
  // Task names in every UI language, so an English word finds a Chinese guide's task and back.
  const taskNames = Object.fromEntries(TASKS.map((task) => [task, [zh.tasks[task].name, en.tasks[task].name]])) as Record<Task, string[]>
  return buildSearchIndex({ locale, guides, carriers, synonyms, taskNames })
}
