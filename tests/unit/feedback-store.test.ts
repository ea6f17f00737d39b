import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { printCheckAgain } from '../../lib/feedback/check-again.server'
import { parseFeedbackConfig } from '../../lib/feedback/config'
import { openStore } from '../../lib/feedback/db.server'
import { lockOwner, releaseLock, StoreBusyError, takeLock } from '../../lib/feedback/embedded-lock'
import { fetchSharedReports, shareReports } from '../../lib/feedback/embedded-share.server'
import { readReports } from '../../lib/feedback/read-reports.server'
import { allReports, insertReport } from '../../lib/feedback/store'
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
      'task',
      'worked',
    ])

    // While this process holds it, another opener is refused, and readers go through the shared socket.
    expect(lockOwner(dataDir)).toBeUndefined() // our own pid does not count as another owner
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

  it('is refused to a second process while the first holds it, and taken over when the holder died', () => {
    const lockDir = mkdtempSync(path.join(tmpdir(), 'sim-helper-lock-'))
    writeFileSync(path.join(lockDir, 'feedback.lock'), String(process.ppid)) // a live process that is not us
    expect(() => takeLock(lockDir)).toThrow(StoreBusyError)
    writeFileSync(path.join(lockDir, 'feedback.lock'), '999999999') // no such process: a stale lock
    expect(() => takeLock(lockDir)).not.toThrow()
    releaseLock(lockDir)
    rmSync(lockDir, { recursive: true, force: true })
  })
})
