import type { StoredReport } from './schema'
import { REASONS, type Reason } from './submission'

/** A guide as the report needs it: which methods it has and when a person last checked it. */
export interface GuideRef {
  locale: string
  carrier: string
  task: string
  verified: string
  methods: string[]
}

export interface MethodSummary {
  locale: string
  carrier: string
  task: string
  method: string
  verified: string | null
  /** Reports since the guide's `verified` date: what the editor has not answered yet. */
  yes: number
  no: number
  reasons: Record<Reason, number>
  notes: Array<{ date: string; worked: boolean; note: string; country: string | null }>
  /** Reports from before the last verification, counted apart: the guide was checked again since. */
  before: { yes: number; no: number }
  /** How many sources (address buckets, a new one each day: sources.server.ts) the failures came from. */
  noSources: number
  checkAgain: boolean
}

/**
 * A method goes on the "check again" list with this many failure reports since verification, outnumbering
 * successes, from at least CHECK_AGAIN_MIN_SOURCES sources (more than one address, or one address on more
 * than one day), so that one person cannot list a method in a second.
 */
export const CHECK_AGAIN_MIN_FAILURES = 3
export const CHECK_AGAIN_MIN_SOURCES = 2

const key = (report: { locale: string; carrier: string; task: string }, method: string) =>
  `${report.locale}/${report.carrier}/${report.task}/${method}`

/**
 * Per guide and method: yes/no since verification, reasons, notes, the older reports apart, and whether
 * to check it again. Methods nobody reported on are left out; reports on a method or guide that no longer
 * exists are kept (with no verified date) so nothing a traveller said disappears silently.
 */
export function summarise(
  reports: StoredReport[],
  guides: GuideRef[],
  minFailures = CHECK_AGAIN_MIN_FAILURES,
): MethodSummary[] {
  const verified = new Map<string, string>()
  for (const guide of guides) for (const method of guide.methods) verified.set(key(guide, method), guide.verified)
  const summaries = new Map<string, MethodSummary>()
  const sources = new Map<MethodSummary, Set<string>>()
  for (const report of reports) {
    const id = key(report, report.method)
    let summary = summaries.get(id)
    if (!summary) {
      const reasons = Object.fromEntries(REASONS.map((reason) => [reason, 0])) as Record<Reason, number>
      summary = {
        locale: report.locale,
        carrier: report.carrier,
        task: report.task,
        method: report.method,
        verified: verified.get(id) ?? null,
        yes: 0,
        no: 0,
        reasons,
        notes: [],
        before: { yes: 0, no: 0 },
        noSources: 0,
        checkAgain: false,
      }
      summaries.set(id, summary)
      sources.set(summary, new Set())
    }
    const date = new Date(report.created_at).toISOString().slice(0, 10)
    if (summary.verified && date < summary.verified) {
      summary.before[report.worked ? 'yes' : 'no']++
      continue
    }
    summary[report.worked ? 'yes' : 'no']++
    // A report from before sources were kept counts as a source of its own.
    if (!report.worked)
      sources.get(summary)?.add(report.source === null ? `row ${report.id}` : `${date} ${report.source}`)
    if (!report.worked && report.reason && report.reason in summary.reasons) summary.reasons[report.reason as Reason]++
    if (report.note) summary.notes.push({ date, worked: report.worked, note: report.note, country: report.country })
  }
  const list = [...summaries.values()]
  for (const summary of list) {
    summary.noSources = sources.get(summary)?.size ?? 0
    summary.checkAgain =
      summary.no >= minFailures && summary.no > summary.yes && summary.noSources >= CHECK_AGAIN_MIN_SOURCES
  }
  return list.sort(
    (a, b) =>
      Number(b.checkAgain) - Number(a.checkAgain) || b.no - a.no || key(a, a.method).localeCompare(key(b, b.method)),
  )
}

export const checkAgainList = (summaries: MethodSummary[]) => summaries.filter((summary) => summary.checkAgain)
