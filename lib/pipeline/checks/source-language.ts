import type { ContentIssue } from '../content-error'

type Locate = (path: readonly PropertyKey[]) => { line: number; column: number } | undefined

/** Languages a help site may put in its path (`/fil/`, `/help/ja/`), with the words a title may name them by. */
const LANGUAGES: Record<string, string[]> = {
  fil: ['Filipino', '菲律宾语', '菲律賓語'],
  ja: ['Japanese', '日语', '日語', '日文'],
  de: ['German', '德语', '德語'],
  es: ['Spanish', '西班牙语', '西班牙語'],
  'es-419': ['Spanish', '西班牙语', '西班牙語'],
  fr: ['French', '法语', '法語'],
  it: ['Italian', '意大利语', '義大利語'],
  ko: ['Korean', '韩语', '韓語'],
  pt: ['Portuguese', '葡萄牙语', '葡萄牙語'],
  id: ['Indonesian', '印尼语', '印尼語'],
  th: ['Thai', '泰语', '泰語'],
  vi: ['Vietnamese', '越南语', '越南語'],
  sq: ['Albanian', '阿尔巴尼亚语', '阿爾巴尼亞語'],
}
const LANGUAGE_IN_PATH = new RegExp(`/(?:help/)?(${Object.keys(LANGUAGES).join('|')})/`)

/**
 * Readers read Chinese or English: a source page in another language (its address says so, e.g. `/fil/`)
 * is linked only when no English or Chinese page says the same, and its title then names the language
 * ("… (Japanese)"), so a traveller knows before tapping. An English or Chinese version, when it exists, is the source.
 */
export function checkSourceLanguages(
  frontmatter: { sources: Array<{ url: string; title?: string }> },
  file: string,
  locate: Locate,
): ContentIssue[] {
  return frontmatter.sources.flatMap((source, index) => {
    const language = LANGUAGE_IN_PATH.exec(new URL(source.url).pathname)?.[1]
    if (!language || LANGUAGES[language].some((name) => source.title?.includes(name))) return []
    return [
      {
        file,
        ...locate(['sources', index, 'title']),
        field: `sources[${index}].title`,
        message: `${source.url} is a page in ${LANGUAGES[language][0]}: link its English or Chinese version if there is one, else say the language in the title, e.g. "… (${LANGUAGES[language][0]})"`,
        severity: 'error',
      },
    ]
  })
}
