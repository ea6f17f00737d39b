import { readFileSync } from 'node:fs'
import autocannon from 'autocannon'
import { createPostgres, postgresBin } from '../../tests/e2e/feedback/postgres'
import { reportBody } from '../../tests/e2e/feedback/reports'
import { startSite, type SiteServer } from '../../tests/e2e/feedback/site-server'
import { table } from './run'

const GUIDE = '/zh/smart/top-up'
const SECONDS = 10

/**
 * Traveller reports under load, for the embedded store (PGlite) and PostgreSQL in the same run: reports
 * accepted per second and p99 latency (20 connections posting for 10 s), the server's peak memory, and
 * page loads per second (20 connections) alone and while a report burst runs. Each store gets a fresh
 * server with the rate limits lifted (every request comes from 127.0.0.1). Bounded: autocannon stops on time.
 */
export async function benchFeedback() {
  const rows = []
  // PostgreSQL from Debian's package (.ci/run installs it); without it, the embedded store alone.
  const postgres = postgresBin() ? await createPostgres() : undefined
  if (!postgres)
    console.log('PostgreSQL is not installed (apt-get install postgresql): measuring the embedded store only.')
  const stores: Array<[string, string | undefined]> = [['embedded (PGlite)', undefined]]
  if (postgres) stores.push(['PostgreSQL', postgres.url])
  try {
    for (const [store, databaseUrl] of stores) {
      const site = await startSite({ databaseUrl })
      try {
        const pagesAlone = await pages(site)
        const [reports, pagesDuringBurst] = await Promise.all([burst(site), pages(site)])
        const accepted = reports.statusCodeStats?.['303']?.count ?? 0
        rows.push({
          store,
          'reports/s accepted': Math.round(accepted / SECONDS),
          'report p99 ms': reports.latency.p99,
          'report errors': reports.errors + reports.timeouts + reports['5xx'],
          'pages/s alone': Math.round(pagesAlone.requests.average),
          'pages/s during burst': Math.round(pagesDuringBurst.requests.average),
          'server peak MB': peakMb(site),
        })
      } finally {
        await site.stop()
      }
    }
  } finally {
    postgres?.destroy()
  }
  table(rows)
  return { rows }
}

const pages = (site: SiteServer) => autocannon({ url: `${site.url}${GUIDE}`, connections: 20, duration: SECONDS })

function burst(site: SiteServer) {
  const body = reportBody({ note: 'bench' })
  return autocannon({
    url: `${site.url}/api/feedback`,
    connections: 20,
    duration: SECONDS,
    method: 'POST',
    headers: { Origin: site.url, 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/x-www-form-urlencoded' },
    body,
  })
}

/** The server process's peak resident memory (VmHWM), read before it stops. */
function peakMb(site: SiteServer): number | undefined {
  const status = readFileSync(`/proc/${site.process.pid}/status`, 'utf8')
  const kb = /VmHWM:\s+(\d+) kB/.exec(status)
  return kb ? Math.round(Number(kb[1]) / 1024) : undefined
}
