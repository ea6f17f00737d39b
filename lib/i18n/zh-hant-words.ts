import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { traditionalWords } from '../pipeline/derive-traditional'
import { traditionalOverridesSchema } from '../schema/traditional'

/**
 * The hand-written part of the Traditional Chinese UI strings (lib/i18n/zh-hant.ts is generated from zh.ts by
 * `npm run i18n:zh-hant`): the Taiwan words, read from the same list the articles use, content/traditional.yaml,
 * so one edit there changes both; and strings that are not conversions at all. Read at generation time only,
 * never in a page or the browser (they import the generated zh-hant.ts).
 */
const words = traditionalWords(
  traditionalOverridesSchema.parse(
    parse(readFileSync(path.join(__dirname, '..', '..', 'content', 'traditional.yaml'), 'utf8')),
  ),
)
export const UI_TERMS = words.overrides
export const UI_FORBIDDEN = words.forbidden
