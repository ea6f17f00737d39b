import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { TermOverrides } from '../i18n/traditional'
import { toTraditional } from '../i18n/traditional'
import { traditionalOverridesSchema } from '../schema/traditional'
import type { ContentIssue } from './content-error'
import { parseYaml } from './frontmatter'
import type { GuideSource, TopicSource } from './read-files'
import { traditionalArticle } from './traditional-article'
import { validate } from './validate'

export const TRADITIONAL_FILE = 'traditional.yaml'

/** `content/traditional.yaml` (missing: no overrides), validated, as a map from Simplified to Traditional term. */
export async function readTraditionalOverrides(
  root: string,
  contentDir: string,
): Promise<{ overrides: TermOverrides; issues: ContentIssue[] }> {
  const absolute = path.join(contentDir, TRADITIONAL_FILE)
  const file = path.relative(root, absolute).split(path.sep).join('/')
  const text = await readFile(absolute, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined
    throw error
  })
  if (text === undefined) return { overrides: new Map(), issues: [] }
  const parsed = parseYaml(file, text)
  if (parsed.issues.length) return { overrides: new Map(), issues: parsed.issues }
  const result = validate(traditionalOverridesSchema, parsed.data, file, parsed.locate)
  if (!result.ok) return { overrides: new Map(), issues: result.issues }
  return { overrides: new Map(Object.entries(result.value.terms)), issues: [] }
}

/**
 * A zh-hant source for every zh article that has no hand-written zh-hant file: the converted text under the
 * zh file's name, so every problem points at the file and line an editor changes.
 */
export function deriveTraditional<S extends GuideSource | TopicSource>(
  sources: S[],
  key: (source: S) => string,
  overrides: TermOverrides,
): S[] {
  const handWritten = new Set(sources.filter((source) => source.locale === 'zh-hant').map(key))
  return sources
    .filter((source) => source.locale === 'zh' && !handWritten.has(key(source)))
    .map((source) => ({
      ...source,
      locale: 'zh-hant',
      text: traditionalArticle(source.text, overrides),
      derived: true,
    }))
}

/** Every `{ zh, en }` text in a carrier file gets its zh-hant form, unless the file writes one. */
export function fillTraditional<T>(value: T, overrides: TermOverrides): T {
  if (Array.isArray(value)) return value.map((item) => fillTraditional(item, overrides)) as T
  if (!value || typeof value !== 'object') return value
  const entries = Object.entries(value).map(([key, item]) => [key, fillTraditional(item, overrides)])
  const object = Object.fromEntries(entries) as Record<string, unknown>
  if (typeof object.zh === 'string' && typeof object.en === 'string' && object['zh-hant'] === undefined)
    object['zh-hant'] = toTraditional(object.zh, overrides)
  return object as T
}
