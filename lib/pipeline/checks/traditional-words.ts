import { JAPANESE_QUOTE, JAPANESE_RUN } from '../../i18n/traditional'
import type { ContentIssue } from '../content-error'
import type { ForbiddenWords } from '../derive-traditional'

/** What a reader does not read as our Chinese: web addresses, Japanese quotations and runs, Japanese words. */
function blanked(line: string, keep: readonly string[]): string {
  const blank = (text: string) => ' '.repeat(text.length)
  let out = line
    .replace(/https?:\/\/\S+/g, blank)
    .replace(JAPANESE_QUOTE, blank)
    .replace(JAPANESE_RUN, blank)
  for (const word of keep) out = out.split(word).join(blank(word))
  return out
}

/** Every forbidden word in a text, with its line and column (1-based). */
export function findForbidden(
  text: string,
  forbidden: ForbiddenWords,
  keep: readonly string[] = [],
): Array<{ word: string; instead: string; line: number; column: number }> {
  const found: Array<{ word: string; instead: string; line: number; column: number }> = []
  text.split('\n').forEach((raw, index) => {
    const line = blanked(raw, keep)
    for (const [word, instead] of forbidden) {
      for (let at = line.indexOf(word); at !== -1; at = line.indexOf(word, at + word.length))
        found.push({ word, instead, line: index + 1, column: at + 1 })
    }
  })
  return found
}

const advice = (word: string, instead: string) =>
  `'${word}' is not how Taiwan says it, or is a conversion slip (content/traditional.yaml forbidden): write '${instead}'`

/**
 * A zh-hant article (hand-written, or converted from zh: then the line is the zh file's and the fix is a term
 * in content/traditional.yaml or other wording in zh) may not contain a forbidden word.
 */
export function checkTraditionalArticle(
  article: { file: string; text: string; derived?: boolean },
  forbidden: ForbiddenWords,
  keep: readonly string[],
): ContentIssue[] {
  return findForbidden(article.text, forbidden, keep).map(({ word, instead, line, column }) => ({
    file: article.file,
    line,
    column,
    field: 'zh-hant',
    message: article.derived
      ? `after conversion to zh-hant: ${advice(word, instead)}; add a term to content/traditional.yaml or reword the zh text`
      : advice(word, instead),
    severity: 'error',
  }))
}

/** The same for one zh-hant text of a carrier file or the UI, located by the caller. */
export function checkTraditionalText(
  text: string,
  forbidden: ForbiddenWords,
  keep: readonly string[],
  where: Pick<ContentIssue, 'file' | 'line' | 'column' | 'field'>,
): ContentIssue[] {
  return findForbidden(text, forbidden, keep).map(({ word, instead }) => ({
    ...where,
    message: `zh-hant: ${advice(word, instead)}`,
    severity: 'error',
  }))
}

/**
 * The zh-hant UI strings (converted from lib/i18n/zh.ts into lib/i18n/zh-hant.generated.ts), each by its key
 * path, reported at zh.ts: the fix is there or in content/traditional.yaml.
 */
export function checkUiWording(dictionary: object, forbidden: ForbiddenWords, keep: readonly string[]): ContentIssue[] {
  const issues: ContentIssue[] = []
  const walk = (value: unknown, at: string) => {
    if (typeof value === 'string')
      issues.push(...checkTraditionalText(value, forbidden, keep, { file: 'lib/i18n/zh.ts', field: at }))
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) walk(item, at ? `${at}.${key}` : key)
  }
  walk(dictionary, '')
  return issues
}
