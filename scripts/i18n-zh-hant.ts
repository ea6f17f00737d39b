/**
 * `npm run i18n:zh-hant`: write lib/i18n/zh-hant.ts, the Traditional Chinese UI strings, from lib/i18n/zh.ts
 * (OpenCC, Taiwan phrases) and the hand-written words in lib/i18n/zh-hant-words.ts. Run it after changing either.
 */
import { execFileSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { traditionalDictionarySource } from '../lib/i18n/convert-dictionary'
import { zh } from '../lib/i18n/zh'

async function main() {
  const file = path.join(process.cwd(), 'lib/i18n/zh-hant.ts')
  await writeFile(file, traditionalDictionarySource(zh))
  execFileSync('npx', ['biome', 'format', '--write', file], { stdio: 'inherit' })
  console.log(`wrote ${path.relative(process.cwd(), file)}`)
}

void main()
