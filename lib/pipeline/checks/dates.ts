import type { ContentIssue } from '../content-error'

type Locate = (path: readonly PropertyKey[]) => { line: number; column: number } | undefined

/**
 * The latest calendar date anywhere on Earth (UTC+14): an editor in Tokyo writing today's date in
 * the morning is still "yesterday" in UTC, and must not be told the date is in the future.
 */
export function latestToday(now = Date.now()): string {
  return new Date(now + 14 * 60 * 60 * 1000).toISOString().slice(0, 10)
}

/** Today on this machine's clock, for dates an editor writes (a new guide's `updated`). */
export function localToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** The same date twelve months earlier (29 February falls back to 28 February… via Date arithmetic). */
export function monthsBefore(date: string, months: number): string {
  const day = new Date(`${date}T00:00:00Z`)
  day.setUTCMonth(day.getUTCMonth() - months)
  return day.toISOString().slice(0, 10)
}

/** `verified` and `updated` may not be in the future; a `verified` older than 12 months is a warning. */
export function checkDates(
  frontmatter: { verified: string; updated: string },
  file: string,
  locate: Locate,
  today: string,
): ContentIssue[] {
  const issues: ContentIssue[] = []
  const at = (field: 'verified' | 'updated') => ({ file, ...locate([field]), field })
  for (const field of ['updated', 'verified'] as const) {
    if (frontmatter[field] > today) {
      issues.push({
        ...at(field),
        message: `${frontmatter[field]} is in the future; write the date it actually happened (today is ${today})`,
        severity: 'error',
      })
    }
  }
  const limit = monthsBefore(today, 12)
  if (frontmatter.verified < limit) {
    issues.push({
      ...at('verified'),
      message: `last verified ${frontmatter.verified}, more than 12 months ago; check the facts against the sources and update the date (readers are told the page may be out of date)`,
      severity: 'warning',
    })
  }
  return issues
}
