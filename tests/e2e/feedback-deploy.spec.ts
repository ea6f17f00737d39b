import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { askHolder } from '../../lib/feedback/embedded-lock'
import { hasNginx, startNginx } from './feedback/nginx'
import { createPostgres } from './feedback/postgres'
import { postReport, reportBody } from './feedback/reports'
import { startSite, type SiteServer } from './feedback/site-server'
import { storedReports } from './feedback/store-reader'

/**
 * Reports in the ways the site is deployed: two servers (containers) on one data folder, each PID 1 in a
 * PID namespace of its own; wrong settings; readiness; retries; two instances behind nginx on one
 * PostgreSQL. Each test starts its own servers on loopback and stops them. Durations are logged only.
 */
test.describe.configure({ mode: 'serial' })

const notesOf = (reports: Array<{ note: string | null }>, tag: string) =>
  reports.map((report) => report.note ?? '').filter((note) => note.startsWith(`${tag}-`))

/** `unshare -fp --mount-proc` needs root (CI runs as root); the server is then PID 1, as in a container. */
const PID_NAMESPACE = ['unshare', '-fp', '--mount-proc', '--kill-child']
const canUnshare =
  process.getuid?.() === 0 && spawnSync('unshare', ['-fp', '--mount-proc', 'true'], { timeout: 10_000 }).status === 0

async function untilReleased(dataDir: string) {
  for (let attempt = 0; attempt < 100 && (await askHolder(dataDir, 500)); attempt++)
    await new Promise((resolve) => setTimeout(resolve, 100))
}

// In each namespace the front server is PID 1 and Next.js (which holds the lock) the same low PID after it.
test('two servers on one data folder, each in its own PID namespace: one refuses to start, saying why, and no acknowledged report is lost', async () => {
  test.skip(!canUnshare, 'needs root for unshare -fp (CI runs as root)')
  test.setTimeout(540_000)
  const first = await startSite({ wrap: PID_NAMESPACE, mayExit: true })
  const second = await startSite({ wrap: PID_NAMESPACE, dataDir: first.dataDir, mayExit: true })
  const both = [first, second]
  const running = both.filter((site) => site.process.exitCode === null)
  const refused = both.filter((site) => site.process.exitCode !== null)
  expect(running, both.map((site) => site.log()).join('\n---\n')).toHaveLength(1)
  expect(refused[0].process.exitCode).not.toBe(0)
  expect(refused[0].log()).toMatch(
    /cannot start: the embedded feedback store in .+ is held by another running server \(pid \d+ /,
  )
  const acknowledged: string[] = []
  for (let i = 0; i < 20; i++) {
    const note = `ns-${i}`
    if ((await postReport(running[0].url, reportBody({ note }))).status === 303) acknowledged.push(note)
  }
  expect(acknowledged).toHaveLength(20)
  await running[0].stop('SIGKILL') // a container killed: its lock is left behind

  // The next container's Next.js has the same PID: the lock names another process (its token), which does not answer.
  const next = await startSite({ wrap: PID_NAMESPACE, dataDir: first.dataDir })
  try {
    expect(next.log()).toContain('feedback store ready (embedded)')
    expect((await postReport(next.url, reportBody({ note: 'ns-next' }))).status).toBe(303)
  } finally {
    await next.stop('SIGKILL')
  }
  await untilReleased(first.dataDir)
  const stored = notesOf((await storedReports({ dataDir: first.dataDir })).reports, 'ns')
  expect(stored.sort()).toEqual([...acknowledged, 'ns-next'].sort())
})

test('the data folder is private to the server’s user: no other user can enter it, and nothing in it is open to them', async () => {
  test.setTimeout(360_000)
  const site = await startSite()
  expect((await postReport(site.url, reportBody({ note: 'private-1' }))).status).toBe(303)
  // While it runs: the folder, the lock and the socket are the server user's alone.
  expect((statSync(site.dataDir).mode & 0o777).toString(8)).toBe('700')
  expect(statSync(path.join(site.dataDir, 'feedback.lock')).mode & 0o077).toBe(0)
  expect(statSync(path.join(site.dataDir, 'feedback.sock')).mode & 0o077).toBe(0)
  // Readiness on the embedded store (the readiness test's server uses PostgreSQL): this server shows it.
  expect(await (await fetch(`${site.url}/api/ready`)).json()).toEqual({ ready: true, store: 'embedded' })
  await site.stop()
  // PGlite sets its files' modes itself (0666); each open makes what is there private.
  const again = await startSite({ dataDir: site.dataDir })
  await again.stop()
  const open: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name)
      const stat = statSync(file)
      if (stat.mode & 0o077) open.push(`${file} ${(stat.mode & 0o777).toString(8)}`)
      if (stat.isDirectory()) walk(file)
    }
  }
  walk(site.dataDir)
  expect(open).toEqual([])
})

test('a wrong DATABASE_URL stops the server at once, naming the setting (and never printing the password)', async () => {
  test.setTimeout(360_000)
  const postgres = await createPostgres()
  try {
    const cases = [
      ['not a postgres URL', 'mysql://user:secret-password@127.0.0.1/db'],
      ['a database that does not exist', `${postgres.url.replace(/\/postgres$/, '/no_such_db')}`],
    ] as const
    for (const [name, url] of cases) {
      const started = Date.now()
      const site = await startSite({ databaseUrl: url, mayExit: true })
      console.log(`bad DATABASE_URL (${name}): exited ${site.process.exitCode} after ${Date.now() - started} ms`)
      expect(site.process.exitCode, name).toBe(1)
      expect(site.log(), name).toContain('cannot start: ')
      expect(site.log(), name).toContain('DATABASE_URL')
      expect(site.log(), name).not.toContain('secret-password')
    }
    const limit = await startSite({ env: { FEEDBACK_LIMIT_PER_PAGE: 'many' }, mayExit: true })
    expect(limit.process.exitCode).toBe(1)
    expect(limit.log()).toContain('FEEDBACK_LIMIT_PER_PAGE')
  } finally {
    postgres.destroy()
  }
})

test('readiness: /api/ready answers 200 while reports can be written, 503 while they cannot; pages serve either way', async () => {
  // On PostgreSQL, which can be stopped; the embedded store's answer is checked on the running server above.
  test.setTimeout(360_000)
  const postgres = await createPostgres()
  const site = await startSite({ databaseUrl: postgres.url })
  try {
    const ready = await fetch(`${site.url}/api/ready`)
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({ ready: true, store: 'postgres' })
    postgres.stop()
    const down = await fetch(`${site.url}/api/ready`)
    expect(down.status).toBe(503)
    expect(down.headers.get('cache-control')).toBe('no-store')
    expect((await fetch(`${site.url}/zh/smart/top-up`)).status).toBe(200)
    postgres.start()
    let status = 0
    for (let attempt = 0; attempt < 30 && status !== 200; attempt++) {
      status = (await fetch(`${site.url}/api/ready`)).status
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(status).toBe(200)
  } finally {
    await site.stop()
    postgres.destroy()
  }
})

test('a retried report is stored once: the form’s token, or the one the server gives a plain post to retry with', async () => {
  test.setTimeout(360_000)
  const postgres = await createPostgres()
  const site = await startSite({ databaseUrl: postgres.url })
  try {
    const token = 'f47ac10b-58cc-4372-a567-0e02b2c3d479'
    for (let i = 0; i < 3; i++)
      expect((await postReport(site.url, reportBody({ note: 'retry-island', token }))).status).toBe(303)

    // Without JavaScript, while the database is down: the browser is sent to a page in the site's layout,
    // answered 503, with the form as it was filled in and a token of the server's to send it again with.
    postgres.stop()
    const refused = await postReport(site.url, reportBody({ note: 'retry-plain\nline two' }), {
      headers: { 'Sec-Fetch-Mode': 'navigate' },
    })
    expect(refused.status).toBe(303)
    expect(refused.location).toMatch(/^\/zh\/feedback\?/)
    const page = await fetch(`${site.url}${refused.location}`)
    expect(page.status).toBe(503)
    const html = await page.text()
    expect(html).toContain('class="site-header"')
    expect(html).toContain('暂时无法保存反馈，请稍后再试。')
    expect(html).toContain('retry-plain\nline two</textarea>')
    const serverToken = /name="token" value="([^"]+)"/.exec(html)?.[1]
    expect(serverToken).toMatch(/^[0-9a-f-]{36}$/)
    postgres.start()
    // Sent again (twice: the first answer was lost): stored once.
    for (let attempt = 0, done = 0; attempt < 30 && done < 2; attempt++) {
      const again = await postReport(site.url, reportBody({ note: 'retry-plain\nline two', token: serverToken ?? '' }))
      if (again.status === 303) done++
      else await new Promise((resolve) => setTimeout(resolve, 500))
    }
    const { reports } = await storedReports({ databaseUrl: postgres.url })
    expect(notesOf(reports, 'retry').sort()).toEqual(['retry-island', 'retry-plain\nline two'])
  } finally {
    await site.stop()
    postgres.destroy()
  }
})

test('two instances behind nginx on one PostgreSQL share the limits, and a forged X-Forwarded-For changes nothing', async () => {
  test.skip(!hasNginx(), 'nginx is not installed (apt-get install nginx; .ci/run does)')
  test.setTimeout(540_000)
  const postgres = await createPostgres()
  const env = { FEEDBACK_LIMIT_PER_PAGE: '4', FEEDBACK_LIMIT_PER_HOUR: '1000', FEEDBACK_TRUST_PROXY: '1' }
  const [a, b]: SiteServer[] = await Promise.all([
    startSite({ databaseUrl: postgres.url, env }),
    startSite({ databaseUrl: postgres.url, env }),
  ])
  const nginx = await startNginx([a.port, b.port])
  try {
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push((await postReport(nginx.url, reportBody({ note: `nginx-${i}` }))).status)
    // Round robin sends three to each: with limits per instance (4 each) all six would pass.
    expect(statuses).toEqual([303, 303, 303, 303, 429, 429])
    for (let i = 0; i < 4; i++) {
      const forged = await postReport(nginx.url, reportBody({ note: `nginx-forged-${i}` }), {
        headers: { 'X-Forwarded-For': `203.0.113.${i}` },
      })
      expect(forged.status).toBe(429) // nginx appends the real peer; the last hop is what counts
    }
    // Another page has its own budget, on either instance.
    expect((await postReport(nginx.url, reportBody({ method: 'app', note: 'nginx-other' }))).status).toBe(303)
    const { reports } = await storedReports({ databaseUrl: postgres.url })
    expect(notesOf(reports, 'nginx').sort()).toEqual(['nginx-0', 'nginx-1', 'nginx-2', 'nginx-3', 'nginx-other'])
  } finally {
    await nginx.stop()
    await Promise.all([a.stop(), b.stop()])
    postgres.destroy()
  }
})
