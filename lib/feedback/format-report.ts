import { REASONS } from './submission'
import type { MethodSummary } from './report'
import { escapeUnsafe } from './unsafe-text'

const where = (s: MethodSummary) => `${s.locale}/${s.carrier}/${s.task} ${s.method}`
const reasonsText = (s: MethodSummary) =>
  REASONS.filter((reason) => s.reasons[reason])
    .map((reason) => `${reason} ${s.reasons[reason]}`)
    .join(', ')

/** The report for a person: the "check again" list first, then every method with reports. */
export function formatText(summaries: MethodSummary[]): string {
  if (!summaries.length) return 'No traveller reports yet.'
  const lines: string[] = []
  const again = summaries.filter((s) => s.checkAgain)
  lines.push(`Check again (${again.length}):`)
  for (const s of again)
    lines.push(
      `  ${where(s)}: ${s.no} did not work, ${s.yes} worked since verified ${s.verified ?? '(guide not found)'}${reasonsText(s) ? ` (${reasonsText(s)})` : ''}`,
    )
  if (!again.length) lines.push('  nothing')
  lines.push('', 'All reports since each guide was verified:')
  for (const s of summaries) {
    const before = s.before.yes + s.before.no ? `; before verification: ${s.before.yes} yes, ${s.before.no} no` : ''
    lines.push(`  ${where(s)}  verified ${s.verified ?? '(guide not found)'}: ${s.yes} yes, ${s.no} no${before}`)
    if (reasonsText(s)) lines.push(`    reasons: ${reasonsText(s)}`)
    for (const note of s.notes)
      lines.push(
        `    ${note.date} ${note.worked ? 'yes' : 'no'}${note.country ? ` (${note.country})` : ''}: ${escapeUnsafe(JSON.stringify(note.note))}`,
      )
  }
  return lines.join('\n')
}

/** JSON escapes C0 controls itself; the other unsafe characters become `\uXXXX` escapes, still valid JSON. */
export const formatJson = (summaries: MethodSummary[]) => escapeUnsafe(JSON.stringify(summaries, null, 2))

const CSV_COLUMNS = [
  'locale',
  'carrier',
  'task',
  'method',
  'verified',
  'yes',
  'no',
  ...REASONS.map((reason) => `reason_${reason}`),
  'before_yes',
  'before_no',
  'no_sources',
  'check_again',
  'notes',
]

/** One row per method (RFC 4180 quoting); notes joined with " | ". A leading = + - @ is defused for spreadsheets. */
export function formatCsv(summaries: MethodSummary[]): string {
  const cell = (value: string | number | boolean | null) => {
    let text = value === null ? '' : escapeUnsafe(String(value))
    if (/^[=+\-@]/.test(text)) text = `'${text}`
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  const rows = summaries.map((s) =>
    [
      s.locale,
      s.carrier,
      s.task,
      s.method,
      s.verified,
      s.yes,
      s.no,
      ...REASONS.map((reason) => s.reasons[reason]),
      s.before.yes,
      s.before.no,
      s.noSources,
      s.checkAgain,
      s.notes.map((note) => note.note).join(' | '),
    ]
      .map(cell)
      .join(','),
  )
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`
}
