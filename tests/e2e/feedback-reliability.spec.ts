import { spawnSync } from 'node:child_process'
import { expect, test } from '@playwright/test'
import { migrationProvider } from '../../lib/feedback/migrations'
import { burst } from './feedback/burst'
import { createPostgres } from './feedback/postgres'
import { postReport, reportBody } from './feedback/reports'
import { startSite } from './feedback/site-server'
import { storedReports } from './feedback/store-reader'

/**
 * The write path under load, SIGKILL and a database outage. Each test starts its own production server
 * (and PostgreSQL where needed) on free loopback ports with its own store, and stops them afterwards.
 * Load is bounded in connections, seconds and requests. Figures are logged, never asserted as times. Each
 * test may take 6 minutes: it starts one or two servers (two minutes each at most on a loaded machine) and a
 * burst of at most 30 s; on an idle machine each takes well under a minute.
 */
test.describe.configure({ mode: 'serial' })

const notesOf = (reports: Array<{ note: string | null }>, tag: string) =>
  reports.map((report) => report.note ?? '').filter((note) => note.startsWith(`${tag}-`))

test('a burst of reports mixed with page loads: no 5xx, every acknowledged report stored once', async () => {
  test.setTimeout(360_000)
  const site = await startSite()
  let result: Awaited<ReturnType<typeof burst>>
  try {
    result = await burst(site.url, { connections: 50, seconds: 10, maxRequests: 20_000, tag: 'burst' })
  } finally {
    await site.stop()
  }
  console.log(
    `burst: ${result.acknowledged.length} reports acknowledged, ${result.pages} pages, statuses ${JSON.stringify(result.statuses)}`,
  )
  expect(Object.keys(result.statuses).filter((status) => Number(status) >= 500)).toEqual([])
  expect(result.failures).toBe(0)
  expect(result.acknowledged.length).toBeGreaterThan(20) // the burst really wrote (hundreds on a quiet machine)
  const stored = notesOf((await storedReports({ dataDir: site.dataDir })).reports, 'burst')
  console.log(`burst: ${stored.length} stored`)
  expect(stored.sort()).toEqual([...result.acknowledged].sort())
})

test('SIGKILL in the middle of a burst: nothing acknowledged is lost or half-written, and the store reopens', async () => {
  test.setTimeout(360_000)
  const site = await startSite()
  // Killed once 30 reports are acknowledged (in the middle of the burst, however slow the machine is).
  let killed: Promise<void> | undefined
  const running = burst(site.url, {
    connections: 20,
    seconds: 30,
    maxRequests: 10_000,
    tag: 'kill',
    onAcknowledged: (count) => {
      if (count >= 30) killed ??= site.stop('SIGKILL')
    },
  })
  const result = await running
  await killed
  expect(killed, 'the server was killed during the burst').toBeDefined()
  expect(result.failures).toBeGreaterThan(0) // clients saw the server go away mid-burst

  const again = await startSite({ dataDir: site.dataDir })
  try {
    expect(again.log()).toContain('feedback store ready (embedded)')
    expect((await postReport(again.url, reportBody({ note: 'after-restart' }))).status).toBe(303)
  } finally {
    await again.stop()
  }
  const { reports } = await storedReports({ dataDir: site.dataDir })
  const stored = notesOf(reports, 'kill')
  console.log(
    `sigkill: ${result.acknowledged.length} acknowledged before the kill, ${stored.length} stored (${stored.length - result.acknowledged.length} in flight)`,
  )
  for (const note of result.acknowledged)
    expect(
      stored.filter((other) => other === note),
      note,
    ).toHaveLength(1)
  // In flight when killed: stored or not, but never more than one per client, and each row whole.
  expect(stored.length - result.acknowledged.length).toBeLessThanOrEqual(20)
  for (const report of reports.filter((row) => row.note?.startsWith('kill-'))) {
    expect(report).toMatchObject({
      locale: 'zh',
      carrier: 'smart',
      task: 'top-up',
      method: 'ussd',
      worked: false,
      reason: 'charged',
    })
  }
  expect(notesOf(reports, 'after')).toEqual(['after-restart'])
})

test('PostgreSQL down: pages still serve, the form answers 503 in the reader’s language, and recovers by itself', async () => {
  test.setTimeout(360_000)
  const postgres = await createPostgres()
  const site = await startSite({ databaseUrl: postgres.url })
  try {
    expect(site.log()).toContain('feedback store ready (postgres)')
    expect((await postReport(site.url, reportBody({ note: 'down-1' }))).status).toBe(303)
    postgres.stop()

    expect((await fetch(`${site.url}/zh/smart/top-up`)).status).toBe(200)
    const zh = await postReport(site.url, reportBody({ note: 'down-lost' }))
    expect(zh.status).toBe(503)
    expect(zh.body).toContain('暂时无法保存反馈，请稍后再试。')
    const en = await postReport(site.url, reportBody({ locale: 'en', note: 'down-lost' }), {
      headers: { Accept: 'application/json' },
    })
    expect(en.status).toBe(503)
    expect(JSON.parse(en.body)).toEqual({
      ok: false,
      message: 'Could not save your answer right now. Please try again later.',
    })

    postgres.start()
    let status = 0
    for (let attempt = 0; attempt < 30 && status !== 303; attempt++) {
      status = (await postReport(site.url, reportBody({ note: 'down-2' }))).status
      if (status !== 303) await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(status).toBe(303)
    expect(site.process.exitCode).toBeNull()
    const { reports } = await storedReports({ databaseUrl: postgres.url })
    expect(notesOf(reports, 'down').sort()).toEqual(['down-1', 'down-2'])
  } finally {
    await site.stop()
    postgres.destroy()
  }
})

test('two instances against one PostgreSQL: both migrate at once, every report appears once in one report', async () => {
  test.setTimeout(360_000)
  const postgres = await createPostgres()
  const [a, b] = await Promise.all([startSite({ databaseUrl: postgres.url }), startSite({ databaseUrl: postgres.url })])
  try {
    const sent: string[] = []
    for (let i = 0; i < 20; i++) {
      const note = `pair-${i}`
      expect((await postReport(i % 2 ? b.url : a.url, reportBody({ note, locale: 'en' }))).status).toBe(303)
      sent.push(note)
    }
    const { reports, migrations } = await storedReports({ databaseUrl: postgres.url })
    // Every migration applied once, by one of the two instances.
    const known = Object.keys(await migrationProvider.getMigrations())
    expect(migrations).toBe(known.length)
    expect(notesOf(reports, 'pair').sort()).toEqual(sent.sort())
    expect(`${a.log()}${b.log()}`.match(/applied migration/g)).toHaveLength(known.length)
    // What the editor reads: one line for the method, with all twenty.
    const report = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/feedback-report.ts', '--json'], {
      env: { ...process.env, DATABASE_URL: postgres.url },
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(report.status, report.stderr).toBe(0)
    const summaries = (
      JSON.parse(report.stdout) as Array<{
        locale: string
        carrier: string
        task: string
        method: string
        no: number
        notes: Array<{ note: string }>
      }>
    ).filter((s) => s.locale === 'en' && s.carrier === 'smart' && s.task === 'top-up' && s.method === 'ussd')
    expect(summaries).toHaveLength(1)
    expect(summaries[0].no).toBe(20)
    expect(summaries[0].notes.map((n) => n.note).sort()).toEqual(sent.sort())
  } finally {
    await Promise.all([a.stop(), b.stop()])
    postgres.destroy()
  }
})
