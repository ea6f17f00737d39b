import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { getCarriers, getGuides, getSearchSynonyms } from '../guides'
import { en } from '../i18n/en'
import type { Locale } from '../i18n/locales'
import { zh } from '../i18n/zh'
import { TASKS, type Task } from '../schema/task'
import { buildSearchIndex, type SearchIndex } from './build-index'
import { deserializeIndex, serializeIndex } from './serialize'

const built = new Map<Locale, Promise<SearchIndex>>()

/**
 * A locale's search index. `npm run build` writes it to a file right after `next build`
 * (scripts/build-search-index.ts); the server reads that file once per process, without loading the
 * content at all. Without a file made for the current build (someone ran `next build` alone), it is
 * built from the content once per process instead. Never per request, except in `next dev`, where
 * rebuilding on each request shows an editor's changes.
 */
export function getSearchIndex(locale: Locale): Promise<SearchIndex> {
  if (process.env.NODE_ENV === 'development') return buildFromContent(locale)
  let index = built.get(locale)
  if (!index) {
    index = readPrebuilt(locale).then((prebuilt) => prebuilt ?? buildFromContent(locale))
    built.set(locale, index)
    index.catch(() => built.delete(locale)) // a failure is retried, not remembered
  }
  return index
}

export async function buildFromContent(locale: Locale): Promise<SearchIndex> {
  const [guides, carriers, synonyms] = await Promise.all([getGuides(locale), getCarriers(), getSearchSynonyms()])
  // Task names in every UI language, so an English word finds a Chinese guide's task and back.
  const taskNames = Object.fromEntries(TASKS.map((task) => [task, [zh.tasks[task].name, en.tasks[task].name]])) as Record<Task, string[]>
  return buildSearchIndex({ locale, guides, carriers, synonyms, taskNames })
}

/** Where the prebuilt index of a locale lives, and which Next.js build it belongs to. */
export const indexFile = (root: string, locale: Locale) => path.join(root, '.cache', 'search', `${locale}.idx`)
export const nextBuildId = async (root: string) => (await readFile(path.join(root, process.env.SIM_HELPER_DIST_DIR || '.next', 'BUILD_ID'), 'utf8')).trim()

/** The index in the form the build writes, for the current build. */
export async function serializeForBuild(locale: Locale, root: string): Promise<Buffer> {
  const [index, carriers, synonyms, buildId] = await Promise.all([buildFromContent(locale), getCarriers(), getSearchSynonyms(), nextBuildId(root)])
  return serializeIndex(index, { carriers, synonyms, buildId })
}

async function readPrebuilt(locale: Locale): Promise<SearchIndex | undefined> {
  const root = process.cwd()
  try {
    const [buildId, file] = await Promise.all([nextBuildId(root), readFile(indexFile(root, locale))])
    return deserializeIndex(file, buildId)
  } catch {
    return undefined // no file (or no build): build from the content instead
  }
}
