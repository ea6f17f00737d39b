import { describe, expect, it } from 'vitest'
import { formatCsv, formatJson, formatText } from '../../lib/feedback/format-report'
import { checkAgainList, summarise, type GuideRef } from '../../lib/feedback/report'
import type { StoredReport } from '../../lib/feedback/schema'

const guides: GuideRef[] = [
  { locale: 'zh', carrier: 'smart', task: 'top-up', verified: '2026-11-21', methods: ['ussd', 'app'] },
]
let id = 0
const report = (date: string, method: string, worked: boolean, extra: Partial<StoredReport> = {}): StoredReport => ({
  id: String(++id),
  created_at: new Date(`${date}T12:00:00Z`),
  locale: 'zh',
  carrier: 'smart',
  task: 'top-up',
  method,
  worked,
  reason: null,
  note: null,
  country: null,
  token: null,
  source: null,
  ...extra,
})

describe('the editors’ report', () => {
  const reports = [
    report('2026-10-01', 'ussd', false, { reason: 'charged' }), // before verification: counted apart
    report('2026-10-02', 'ussd', true),
    report('2026-11-22', 'ussd', false, { reason: 'not-recognised', note: '=HYPERLINK("x")', country: 'PH' }),
    report('2026-11-23', 'ussd', false, { reason: 'not-recognised' }),
    report('2026-11-24', 'ussd', false, { reason: 'charged', note: 'said "invalid", twice' }),
    report('2026-11-25', 'ussd', true),
    report('2026-11-25', 'app', false),
    report('2026-11-26', 'app', true),
    report('2026-11-27', 'sms', false), // a method the guide no longer has
  ]
  const summaries = summarise(reports, guides)

  it('counts yes and no since the guide was verified, and older reports apart', () => {
    const ussd = summaries.find((s) => s.method === 'ussd')!
    expect(ussd).toMatchObject({ verified: '2026-11-21', yes: 1, no: 3, before: { yes: 1, no: 1 }, checkAgain: true })
    expect(ussd.reasons).toMatchObject({ 'not-recognised': 2, charged: 1 })
    expect(ussd.notes.map((n) => n.note)).toEqual(['=HYPERLINK("x")', 'said "invalid", twice'])
  })

  it('puts on the "check again" list only methods with enough failures that outnumber successes', () => {
    expect(checkAgainList(summaries).map((s) => s.method)).toEqual(['ussd'])
    expect(checkAgainList(summarise(reports, guides, 4))).toEqual([])
  })

  it('keeps reports on a method the guide no longer has', () => {
    expect(summaries.find((s) => s.method === 'sms')).toMatchObject({ verified: null, no: 1 })
  })

  it('prints the list first for a person, and safe CSV for a spreadsheet', () => {
    expect(formatText(summaries).split('\n').slice(0, 2)).toEqual([
      'Check again (1):',
      '  zh/smart/top-up ussd: 3 did not work, 1 worked since verified 2026-11-21 (not-recognised 2, charged 1)',
    ])
    const csv = formatCsv(summaries).split('\r\n')
    expect(csv[0]).toBe(
      'locale,carrier,task,method,verified,yes,no,reason_not-recognised,reason_charged,reason_looks-different,reason_no-answer,reason_other,before_yes,before_no,no_sources,check_again,notes',
    )
    expect(csv[1]).toBe(
      `zh,smart,top-up,ussd,2026-11-21,1,3,2,1,0,0,0,1,1,3,true,"'=HYPERLINK(""x"") | said ""invalid"", twice"`,
    )
  })

  it('needs failures from more than one source (address bucket) or day before a method is listed', () => {
    const oneSource = [1, 2, 3, 4, 5].map(() => report('2026-11-22', 'ussd', false, { source: 4242 }))
    expect(summarise(oneSource, guides)[0]).toMatchObject({ no: 5, noSources: 1, checkAgain: false })
    const twoSources = [...oneSource, report('2026-11-22', 'ussd', false, { source: 7 })]
    expect(summarise(twoSources, guides)[0]).toMatchObject({ no: 6, noSources: 2, checkAgain: true })
    // The same bucket number on another day is another day's key: one person on two days counts twice.
    const twoDays = [...oneSource, report('2026-11-23', 'ussd', false, { source: 4242 })]
    expect(summarise(twoDays, guides)[0]).toMatchObject({ noSources: 2, checkAgain: true })
  })

  it('escapes control and bidirectional-override characters in every format', () => {
    const hostile = summarise([report('2026-11-22', 'ussd', false, { note: 'ok\u202e\u2066evil\u0007\u0085' })], guides)
    for (const output of [formatText(hostile), formatCsv(hostile), formatJson(hostile)]) {
      for (const char of ['\u202e', '\u2066', '\u0007', '\u0085']) expect(output).not.toContain(char)
      expect(output).toContain('ok\\u202e\\u2066evil')
    }
    expect(JSON.parse(formatJson(hostile))[0].notes[0].note).toBe('ok\u202e\u2066evil\u0007\u0085')
  })
})
