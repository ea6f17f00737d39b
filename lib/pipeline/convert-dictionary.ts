import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { toTraditional } from '../i18n/traditional'
import type { Dictionary } from '../i18n/zh'
import { UI_TERMS } from './zh-hant-words'

/** Where the Traditional Chinese UI strings are written (gitignored: derived, never edited or committed). */
export const TRADITIONAL_DICTIONARY_FILE = path.join(__dirname, '../i18n/zh-hant.generated.ts')

/**
 * The Traditional Chinese UI strings: every string of the Simplified dictionary converted with OpenCC
 * (Taiwan phrases) and the Taiwan words of content/traditional.yaml, the same list the articles use.
 * The dictionaries are plain data, so this is the whole conversion.
 */
export function traditionalDictionary(zh: Dictionary): Dictionary {
  return convert(zh)
}

function convert<T>(value: T): T {
  if (typeof value === 'string') return toTraditional(value, UI_TERMS) as T
  if (Array.isArray(value)) return value.map(convert) as T
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, convert(item)])) as T
  return value
}

/**
 * Writes lib/i18n/zh-hant.generated.ts, as a module of plain strings, so pages, the search page's server and
 * islands ship strings, never OpenCC's dictionaries. `npm run i18n:zh-hant` runs it, and so do `dev`,
 * `typecheck`, `content:check` (so `build`) and the unit tests' global setup: after an edit to zh.ts or
 * content/traditional.yaml nothing can be stale. An unchanged file is left alone, so `next dev` does not reload.
 */
export async function writeTraditionalDictionary(zh: Dictionary): Promise<void> {
  const source = [
    '// Generated from lib/i18n/zh.ts and content/traditional.yaml by lib/pipeline/convert-dictionary.ts: not committed.',
    "import type { Dictionary } from '../i18n/zh'",
    '',
    `export const zhHant: Dictionary = ${JSON.stringify(traditionalDictionary(zh), null, 2)}`,
    '',
  ].join('\n')
  const current = await readFile(TRADITIONAL_DICTIONARY_FILE, 'utf8').catch(() => undefined)
  if (current !== source) await writeFile(TRADITIONAL_DICTIONARY_FILE, source)
}
