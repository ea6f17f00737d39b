import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { TermOverrides } from '../i18n/traditional'
import { toTraditional } from '../i18n/traditional'
import { type TraditionalOverrides, traditionalOverridesSchema } from '../schema/traditional'
import type { ContentIssue } from './content-error'
import { parseYaml } from './frontmatter'
import type { GuideSource, TopicSource } from './read-files'
import { traditionalArticle } from './traditional-article'
import { validate } from './validate'

export const TRADITIONAL_FILE = 'traditional.yaml'

/** Words no zh-hant text may contain → what to write instead (content/traditional.yaml `forbidden`). */
export type ForbiddenWords = ReadonlyMap<string, string>

/**
 * `content/traditional.yaml` (missing: no overrides), validated: the Taiwan terms and the Japanese words kept
 * as written, as one map from Simplified to Traditional, and the forbidden words.
 */
export async function readTraditionalOverrides(
  root: string,
  contentDir: string,
): Promise<{ overrides: TermOverrides; forbidden: ForbiddenWords; japanese: string[]; issues: ContentIssue[] }> {
  const absolute = path.join(contentDir, TRADITIONAL_FILE)
  const file = path.relative(root, absolute).split(path.sep).join('/')
  const text = await readFile(absolute, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined
    throw error
  })
  const none = { overrides: new Map(), forbidden: new Map(), japanese: [] }
  if (text === undefined) return { ...none, issues: [] }
  const parsed = parseYaml(file, text)
  if (parsed.issues.length) return { ...none, issues: parsed.issues }
  const result = validate(traditionalOverridesSchema, parsed.data, file, parsed.locate)
  if (!result.ok) return { ...none, issues: result.issues }
  return { ...traditionalWords(result.value), issues: [] }
}

/** The validated file as the converter and the check use it. */
export function traditionalWords(value: TraditionalOverrides): {
  overrides: TermOverrides
  forbidden: ForbiddenWords
  japanese: string[]
} {
  return {
    overrides: new Map([...Object.entries(value.terms), ...value.japanese.map((word) => [word, word] as const)]),
    forbidden: new Map(Object.entries(value.forbidden)),
    japanese: value.japanese,
  }
}

/** Every zh-hant text of a carrier file (after fillTraditional), with the path of its `{ zh, en }` object. */
export function traditionalTexts(value: unknown, at: PropertyKey[] = []): Array<{ path: PropertyKey[]; text: string }> {
  if (Array.isArray(value)) return value.flatMap((item, index) => traditionalTexts(item, [...at, index]))
  if (!value || typeof value !== 'object') return []
  const object = value as Record<string, unknown>
  const own = typeof object['zh-hant'] === 'string' ? [{ path: at, text: object['zh-hant'] as string }] : []
  return [...own, ...Object.entries(object).flatMap(([key, item]) => traditionalTexts(item, [...at, key]))]
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
