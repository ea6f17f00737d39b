/**
 * `npm run content:check` (and the first step of `npm run build`): load, validate and compile every
 * article, print every problem as `file:line:column  field  message`, and exit non-zero on errors.
 * Compiling here also fills the compile cache, so the Next.js build only reads it.
 */
import { ContentError, formatIssue } from '../lib/pipeline/content-error'
import { loadContent } from '../lib/pipeline/load-content'
import { loadSynonyms } from '../lib/pipeline/load-synonyms'

async function main() {
  const started = performance.now()
  try {
    const { content, warnings, stats } = await loadContent({ root: process.cwd() })
    const synonyms = await loadSynonyms({ root: process.cwd() })
    if (warnings.length) {
      console.warn(`Warnings (${warnings.length}):`)
      for (const warning of warnings) console.warn(`  ${formatIssue(warning)}`)
    }
    const locales = new Set(content.guides.map((guide) => guide.locale))
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.log(
      `content ok: ${content.guides.length} guides, ${content.topics.length} topics, ${content.carriers.length} carriers, ` +
        `${locales.size} locales, ${synonyms.groups.length} search synonym groups, ${warnings.length} warnings ` +
        `(${stats.compiled} compiled, ${stats.cached} from cache) in ${seconds}s`,
    )
  } catch (error) {
    if (!(error instanceof ContentError)) throw error
    console.error(error.message)
    process.exitCode = 1
  }
}

void main()
