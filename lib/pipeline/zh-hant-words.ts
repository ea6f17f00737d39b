import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { traditionalWords } from './derive-traditional'
import { traditionalOverridesSchema } from '../schema/traditional'

/**
 * The Taiwan words of the Traditional Chinese UI strings, read from the same list the articles use,
 * content/traditional.yaml, so one edit there changes both. Read when lib/pipeline/convert-dictionary.ts derives
 * lib/i18n/zh-hant.generated.ts, and by the unit tests; never in a page or the browser.
 */
const words = traditionalWords(
  traditionalOverridesSchema.parse(
    parse(readFileSync(path.join(__dirname, '..', '..', 'content', 'traditional.yaml'), 'utf8')),
  ),
)
export const UI_TERMS = words.overrides
export const UI_FORBIDDEN = words.forbidden
