/**
 * `npm run content:check` (and the first step of `npm run build`): load, validate and compile every
 * article, print every problem as `file:line:column  field  message` (errors, then warnings, apart),
 * end with a one-line summary, and exit non-zero on errors. The checked content is written to
 * .cache/content.json (lib/pipeline/content-snapshot.ts), which `next build`, the search index and the
 * offline step read instead of reading, validating and compiling everything again.
 *
 *   npm run content:check                      checks content/
 *   npm run content:check -- --content <dir>   checks another content folder (a fixture, a draft tree)
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ContentError, formatIssue, type ContentIssue } from '../lib/pipeline/content-error'
import { checkSite } from '../lib/check-site'
import { writeBuiltContent } from '../lib/pipeline/content-snapshot'
import { loadSynonyms } from '../lib/pipeline/load-synonyms'
import { printCheckAgain } from '../lib/feedback/check-again.server'
import { writeTargets } from '../lib/feedback/targets'
import { zhHant } from '../lib/i18n/zh-hant.generated'
import { checkUiWording } from '../lib/pipeline/checks/traditional-words'
import { defaultContentDir } from '../lib/pipeline/read-files'
import { readTraditionalOverrides } from '../lib/pipeline/derive-traditional'

function section(title: string, issues: ContentIssue[], print: (line: string) => void) {
  if (!issues.length) return
  print(`${title} (${issues.length}):`)
  for (const issue of issues) print(`  ${formatIssue(issue)}`)
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

async function main() {
  const { values } = parseArgs({ options: { content: { type: 'string' } } })
  const root = process.cwd()
  const started = performance.now()
  const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)}s`
  try {
    const contentDir = values.content && path.resolve(values.content)
    // The UI's zh-hant strings follow the same word list as the articles.
    const words = await readTraditionalOverrides(root, contentDir ?? defaultContentDir(root))
    const ui = checkUiWording(zhHant, words.forbidden, words.japanese)
    const { content, warnings, stats } = await checkSite({ root, contentDir }).catch((error) => {
      if (error instanceof ContentError && ui.length) throw new ContentError([...error.issues, ...ui], error.warnings)
      throw error
    })
    if (ui.length) throw new ContentError(ui, warnings)
    // The search vocabulary is content too: a broken one fails the check like a broken article.
    await loadSynonyms({ root, contentDir })
    // The checked content, for the later steps of the build to read instead of loading it again.
    // And what travellers may report on, for the server, which ships no content (lib/feedback/targets.ts).
    if (!contentDir) await Promise.all([writeBuiltContent(root, content), writeTargets(root, content.guides)])
    section('Warnings', warnings, console.log)
    await printCheckAgain(content.guides)
    const locales = new Set([...content.guides, ...content.topics].map((article) => article.locale))
    console.log(
      `content ok: ${plural(content.guides.length, 'guide')}, ${plural(content.carriers.length, 'carrier')}, ${plural(locales.size, 'locale')}, ` +
        `${plural(content.topics.length, 'topic')}, ${plural(stats.drafts, 'draft')}, ${plural(warnings.length, 'warning')} ` +
        `(${stats.compiled} compiled, ${stats.cached} from cache) in ${seconds()}`,
    )
  } catch (error) {
    if (!(error instanceof ContentError)) throw error
    section('Errors', error.issues, console.error)
    section('Warnings', error.warnings, console.log)
    const files = new Set(error.issues.map((issue) => issue.file)).size
    console.error(
      `content check failed: ${plural(error.issues.length, 'error')} in ${plural(files, 'file')}, ${plural(error.warnings.length, 'warning')} in ${seconds()}`,
    )
    process.exitCode = 1
  }
}

void main()
