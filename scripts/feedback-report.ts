/**
 * `npm run feedback:report`: what travellers said, per guide and method, since each guide was verified,
 * with the "check again" list first. Reads PostgreSQL when DATABASE_URL is set, else the embedded store
 * in the data folder (through the running server if one holds it).
 *
 *   npm run feedback:report                 the report for a person
 *   npm run feedback:report -- --json       the same as JSON (one object per guide and method)
 *   npm run feedback:report -- --csv        one CSV row per guide and method
 *   npm run feedback:report -- --threshold 5   failure reports that put a method on the list (default 3)
 */
import { parseArgs } from 'node:util'
import { feedbackConfig } from '../lib/feedback/config'
import { formatCsv, formatJson, formatText } from '../lib/feedback/format-report'
import { guideRefs } from '../lib/feedback/guide-refs'
import { readReports } from '../lib/feedback/read-reports.server'
import { CHECK_AGAIN_MIN_FAILURES, summarise } from '../lib/feedback/report'
import { loadContent } from '../lib/pipeline/load-content'
import { run, UsageError } from './cli'

const USAGE = 'usage: npm run feedback:report [-- --json | --csv] [--threshold N]'

run(USAGE, async () => {
  const { values } = parseArgs({
    options: { json: { type: 'boolean' }, csv: { type: 'boolean' }, threshold: { type: 'string' } },
  })
  const threshold = values.threshold === undefined ? CHECK_AGAIN_MIN_FAILURES : Number(values.threshold)
  if (!Number.isInteger(threshold) || threshold < 1)
    throw new UsageError(`--threshold ${values.threshold}: expected a whole number of at least 1`)
  if (values.json && values.csv) throw new UsageError('choose one of --json and --csv')
  const config = feedbackConfig()
  const reports = await readReports(config)
  if (!reports) {
    console.error(
      `No feedback database: set DATABASE_URL, or run the site once so that it creates ${config.dataDir}/feedback.`,
    )
    process.exitCode = 1
    return
  }
  const { content } = await loadContent({ root: process.cwd() })
  const summaries = summarise(reports, guideRefs(content.guides), threshold)
  const output = values.json ? formatJson(summaries) : values.csv ? formatCsv(summaries) : formatText(summaries)
  process.stdout.write(output.endsWith('\n') ? output : `${output}\n`)
})
