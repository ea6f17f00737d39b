/**
 * `npm run i18n:zh-hant`: write lib/i18n/zh-hant.generated.ts, the Traditional Chinese UI strings, from
 * lib/i18n/zh.ts and the words of content/traditional.yaml. `dev`, `typecheck`, `content:check` (and so
 * `build`) and the unit tests run it first; it is not committed.
 */
import { writeTraditionalDictionary } from '../lib/pipeline/convert-dictionary'
import { zh } from '../lib/i18n/zh'

void writeTraditionalDictionary(zh)
