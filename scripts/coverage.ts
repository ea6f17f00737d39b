/**
 * `npm run content:coverage`: derive the carrier × task × method × locale matrix from the content and
 * write it to content/COVERAGE.md. With `--check`, only compare and exit non-zero when the file is stale.
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { renderCoverage } from '../lib/coverage'
import { ContentError } from '../lib/pipeline/content-error'
import { loadContent } from '../lib/pipeline/load-content'

const COVERAGE_FILE = path.join('content', 'COVERAGE.md')

async function main() {
  const root = process.cwd()
  const file = path.join(root, COVERAGE_FILE)
  try {
    const { content } = await loadContent({ root })
    const table = renderCoverage(content)
    if (process.argv.includes('--check')) {
      const committed = await readFile(file, 'utf8').catch(() => '')
      if (committed === table) return console.log(`${COVERAGE_FILE} is up to date`)
      console.error(`${COVERAGE_FILE} is stale: run npm run content:coverage and commit it`)
      process.exitCode = 1
      return
    }
    await writeFile(file, table)
    console.log(
      `wrote ${COVERAGE_FILE}: ${content.carriers.length} carriers, ${content.guides.length} guides, ${content.topics.length} topics`,
    )
  } catch (error) {
    if (!(error instanceof ContentError)) throw error
    console.error(error.message)
    process.exitCode = 1
  }
}

void main()
