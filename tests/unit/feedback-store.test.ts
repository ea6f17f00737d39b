import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { printCheckAgain } from '../../lib/feedback/check-again.server'
import { parseFeedbackConfig } from '../../lib/feedback/config'
import { openStore } from '../../lib/feedback/db.server'
import { askHolder, releaseLock } from '../../lib/feedback/embedded-lock'
import { fetchSharedReports, shareReports } from '../../lib/feedback/embedded-share.server'
import { readReports } from '../../lib/feedback/read-reports.server'
import { SharedLimiter } from '../../lib/feedback/rate-limit.server'
import { sourceOf } from '../../lib/feedback/sources.server'
import { allReports, canWrite, insertReport } from '../../lib/feedback/store'
import type { Guide } from '../../lib/schema/content'

const dataDir = mkdtempSync(path.join(tmpdir(), 'sim-helper-feedback-'))
const config = parseFeedbackConfig({ SIM_HELPER_DATA_DIR: dataDir })
const report = {
  locale: 'zh',
  carrier: 'smart',
  task: 'top-up',
  method: 'ussd',
  from: 'guide',
  worked: 'no',
  reason: 'charged',
  note: '扣了 5 比索',
  country: 'PH',
} as const

describe('the embedded store (PGlite in the data folder)', () => {
  afterAll(() => {
    releaseLock(dataDir)
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('does not exist until the site first opens it: the editors’ commands then say nothing', async () => {
    expect(await readReports(config)).toBeUndefined()
    const printed: string[] = []
    await printCheckAgain([], (line) => printed.push(line), config)
    expect(printed).toEqual([])
  })

  it('is created and migrated on open, stores a report whole, and migrates only once', async () => {
    const first = await openStore(config)
    expect(first.kind).toBe('embedded')
    await insertReport(first.db, report)
    await insertReport(first.db, { ...report, worked: 'yes', reason: undefined, note: undefined, country: undefined })
    const rows = await allReports(first.db)
    expect(
      rows.map(({ locale, carrier, task, method, worked, reason, note, country }) => ({
        locale,
        carrier,
        task,
        method,
        worked,
        reason,
        note,
        country,
      })),
    ).toEqual([
      {
        locale: 'zh',
        carrier: 'smart',
        task: 'top-up',
        method: 'ussd',
        worked: false,
        reason: 'charged',
        note: '扣了 5 比索',
        country: 'PH',
      },
      {
        locale: 'zh',
        carrier: 'smart',
        task: 'top-up',
        method: 'ussd',
        worked: true,
        reason: null,
        note: null,
        country: null,
      },
    ])
    expect(Object.keys(rows[0]).sort()).toEqual([
      'carrier',
      'country',
      'created_at',
      'id',
      'locale',
      'method',
      'note',
      'reason',
      'source',
      'task',
      'token',
      'worked',
    ])

    // While a server holds it, readers go through its socket.
    expect(await askHolder(dataDir)).toBeDefined()
    shareReports(first.db, dataDir)
    expect((await fetchSharedReports(dataDir)).map((row) => row.note)).toEqual(['扣了 5 比索', null])
    await first.db.destroy()
    releaseLock(dataDir)

    const again = await openStore(config) // migrations already applied: nothing to do
    expect(await allReports(again.db)).toHaveLength(2)
    await again.db.destroy()
    releaseLock(dataDir)
    expect(await readReports(config)).toHaveLength(2)
  })

  it('feeds content:check a warning per method travellers report broken since verification', async () => {
    const { db } = await openStore(config)
    for (let i = 0; i < 3; i++) await insertReport(db, report)
    await db.destroy()
    releaseLock(dataDir)
    const guide = {
      locale: 'zh',
      carrier: 'smart',
      task: 'top-up',
      verified: '2026-01-01',
      methods: [{ kind: 'ussd' }],
    } as unknown as Guide
    const printed: string[] = []
    await printCheckAgain([guide], (line) => printed.push(line), config)
    expect(printed).toEqual([
      'Warnings: travellers report these methods broken since the guide was verified (1); check them again:',
      '  content/guides/zh/smart/top-up.mdx  ussd  4 did not work, 1 worked since 2026-01-01 (npm run feedback:report)',
    ])
  })

  describe('while a server has it open', () => {
    // One open store for the tests below, as a running server has (opening PGlite takes a few seconds on
    // a busy machine; the tests above open and close it as they need).
    let db: Awaited<ReturnType<typeof openStore>>['db']
    beforeAll(async () => {
      db = (await openStore(config)).db
    })
    afterAll(async () => {
      await db?.destroy()
      releaseLock(dataDir)
    })

    it('stores a retried report once: the same token is a repeat, whatever the first answer was', async () => {
      const before = (await allReports(db)).length
      const token = 'retry-0123456789abcdef'
      expect(await insertReport(db, { ...report, note: 'retried' }, { token, source: 1 })).toBe('stored')
      expect(await insertReport(db, { ...report, note: 'retried' }, { token, source: 1 })).toBe('repeat')
      const rows = await allReports(db)
      expect(rows).toHaveLength(before + 1)
      expect(rows.at(-1)).toMatchObject({ note: 'retried', token, source: 1 })
      await canWrite(db) // readiness: a write that goes through and is rolled back
      expect(await allReports(db)).toHaveLength(before + 1)
    })

    it('keeps sources and limits in the store: the same for every instance on it, never the address', async () => {
      const now = Date.parse('2026-12-04T10:00:00Z')
      const a = await sourceOf(db, '2001:db8:1:2::1', now)
      expect(await sourceOf(db, '2001:db8:1:2:ffff::9', now)).toBe(a) // the same /64
      expect(a).toBeGreaterThanOrEqual(0)
      expect(a).toBeLessThan(65_536)
      // Two limiters on one database (two instances) share the budget of 3 a page.
      const [one, two] = [new SharedLimiter(db, 100, 3, () => now), new SharedLimiter(db, 100, 3, () => now)]
      const answers = []
      for (const limiter of [one, two, one, two]) answers.push(await limiter.allow(a, 'smart/top-up/ussd'))
      expect(answers).toEqual([true, true, true, false])
      expect(await two.allow(a + 1, 'smart/top-up/ussd')).toBe(true)
      const stored = JSON.stringify(await db.selectFrom('feedback_limit').selectAll().execute())
      expect(stored).not.toContain('2001')
    })
  })
})
