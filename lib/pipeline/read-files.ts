import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { isLocale, LOCALES, type Locale } from '../i18n/locales'
import { TASKS, type Task } from '../schema/task'
import type { ContentIssue } from './content-error'
import { didYouMean } from './suggest'

/**
 * The content folder's layout:
 *   content/carriers/<carrier>.yaml                 one registry entry per carrier
 *   content/guides/<locale>/<carrier>/<task>.mdx    one guide per carrier × task × locale
 *   content/topics/<locale>/<slug>.mdx              general articles
 */
export interface SourceFile {
  /** Path relative to the project root, with forward slashes, as editors see it. */
  file: string
  text: string
  /** A zh-hant article converted from `file`, the zh article (lib/pipeline/derive-traditional.ts). */
  derived?: boolean
}
export interface CarrierSource extends SourceFile {
  id: string
}
export interface GuideSource extends SourceFile {
  locale: Locale
  /** The carrier folder's name as written; the slot check resolves it to a registered carrier. */
  carrier: string
  task: Task
  /** The file name as written, when it differs from the task only in letter case (Top-Up.mdx). */
  taskAsWritten?: string
}
export interface TopicSource extends SourceFile {
  locale: Locale
  slug: string
}

export interface ContentSources {
  carriers: CarrierSource[]
  guides: GuideSource[]
  topics: TopicSource[]
  /** Files in the wrong place or with an unknown locale or task in their path. */
  issues: ContentIssue[]
}

/** content/ under the project root, or SIM_HELPER_CONTENT_DIR (the build benchmark points it at generated content). */
export function defaultContentDir(root: string): string {
  return process.env.SIM_HELPER_CONTENT_DIR ?? path.join(root, 'content')
}

export async function readContentSources(root: string, contentDir = defaultContentDir(root)): Promise<ContentSources> {
  const sources: ContentSources = { carriers: [], guides: [], topics: [], issues: [] }
  const files = (await listFiles(contentDir)).sort()
  await Promise.all(
    files.map(async (relative) => {
      const parts = relative.split('/')
      const file = path.relative(root, path.join(contentDir, relative)).split(path.sep).join('/')
      const problem = (field: string, message: string) =>
        sources.issues.push({ file, line: 1, column: 1, field, message, severity: 'error' })
      const [section] = parts
      const extension = path.extname(relative)
      if (parts.length === 1 || !['carriers', 'guides', 'topics'].includes(section)) return // READMEs, COVERAGE.md…
      if (section === 'carriers') {
        if (extension === '.yml')
          return problem('', `carrier files end in .yaml: rename it to ${path.basename(relative, '.yml')}.yaml`)
        if (extension !== '.yaml') return
        if (parts.length !== 2) return problem('', 'carrier files go directly in content/carriers/<id>.yaml')
        sources.carriers.push({
          file,
          id: path.basename(relative, '.yaml'),
          text: await readFile(path.join(contentDir, relative), 'utf8'),
        })
        return
      }
      if (extension !== '.mdx') return problem('', `expected an .mdx file, found '${extension || 'no extension'}'`)
      const expected = section === 'guides' ? 4 : 3
      if (parts.length !== expected) {
        return problem(
          '',
          section === 'guides'
            ? 'guides go in content/guides/<locale>/<carrier>/<task>.mdx'
            : 'topics go in content/topics/<locale>/<slug>.mdx',
        )
      }
      const locale = parts[1]
      if (!isLocale(locale))
        return problem('locale', `unknown locale '${locale}' in the path${didYouMean(locale, LOCALES)}`)
      const text = await readFile(path.join(contentDir, relative), 'utf8')
      const name = path.basename(relative, '.mdx')
      if (section === 'topics') {
        sources.topics.push({ file, locale, slug: name, text })
        return
      }
      // A task that differs only in letter case is kept, so the slot check can say which file it collides with.
      const task = TASKS.find((candidate) => candidate === name.toLowerCase())
      if (!task) return problem('task', `unknown task '${name}' in the file name${didYouMean(name, TASKS)}`)
      sources.guides.push({
        file,
        locale,
        carrier: parts[2],
        task,
        text,
        ...(task !== name && { taskAsWritten: name }),
      })
    }),
  )
  // Promise.all finishes in any order; keep output stable for tests and logs.
  for (const list of [sources.carriers, sources.guides, sources.topics, sources.issues])
    list.sort((a, b) => a.file.localeCompare(b.file))
  return sources
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
}

/**
 * Every text file a traveller's pages are made from: all of the content folder but the registry of
 * sources and the list of what never to say, which both quote false claims. What the provenance and
 * never-say checks read, prose included.
 */
export async function readPublishedTexts(
  root: string,
  contentDir = defaultContentDir(root),
): Promise<Array<{ file: string; text: string }>> {
  const files = (await listFiles(contentDir))
    .filter((relative) => !relative.startsWith('sources/') && relative !== 'never-say.yaml')
    .sort()
  return Promise.all(
    files.map(async (relative) => ({
      file: path.relative(root, path.join(contentDir, relative)).split(path.sep).join('/'),
      text: await readFile(path.join(contentDir, relative), 'utf8'),
    })),
  )
}
