import type { Guide } from '../schema/content'
import { feedbackConfig } from './config'
import { guideRefs } from './guide-refs'
import { readReports } from './read-reports.server'
import { checkAgainList, summarise } from './report'

/**
 * For `npm run content:check`: the methods travellers report broken since their guide was verified, as
 * warnings (never errors: a report is a hint for an editor, not a broken article). Says nothing when no
 * feedback database is configured or present.
 */
export async function printCheckAgain(
  guides: Guide[],
  print: (line: string) => void = console.log,
  config = feedbackConfig(),
): Promise<void> {
  let reports: Awaited<ReturnType<typeof readReports>>
  try {
    reports = await readReports(config)
  } catch (error) {
    print(`Warning: could not read traveller reports: ${error instanceof Error ? error.message : error}`)
    return
  }
  if (!reports) return
  const list = checkAgainList(summarise(reports, guideRefs(guides)))
  if (!list.length) return
  print(
    `Warnings: travellers report these methods broken since the guide was verified (${list.length}); check them again:`,
  )
  for (const s of list)
    print(
      `  content/guides/${s.locale}/${s.carrier}/${s.task}.mdx  ${s.method}  ${s.no} did not work, ${s.yes} worked since ${s.verified ?? '?'} (npm run feedback:report)`,
    )
}
