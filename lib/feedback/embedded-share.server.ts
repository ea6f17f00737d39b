import http from 'node:http'
import type { FeedbackDb } from './schema'
import { serveOnSocket, socketPath } from './embedded-lock'
import type { StoredReport } from './schema'
import { allReports } from './store'

/**
 * While a server holds the embedded store, nothing else may open it (see embedded-lock.ts). The editors'
 * commands (feedback:report, content:check) then read the reports through the server: the lock's Unix
 * socket in the data folder (mode 0600, in a folder only the server's user may enter), answering one
 * read-only query.
 */
export function shareReports(db: FeedbackDb, dataDir: string): void {
  serveOnSocket(dataDir, '/reports', (_request, response) => {
    allReports(db).then(
      (rows) => response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(rows.map(plain))),
      (error: unknown) => response.writeHead(503).end(String(error)),
    )
  })
}

/** JSON-safe: PGlite returns bigint ids as BigInt. */
const plain = (row: StoredReport) => ({
  ...row,
  id: String(row.id),
  created_at: new Date(row.created_at).toISOString(),
})

export function fetchSharedReports(dataDir: string): Promise<StoredReport[]> {
  return new Promise((resolve, reject) => {
    const request = http.get({ socketPath: socketPath(dataDir), path: '/reports', timeout: 10_000 }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        if (response.statusCode !== 200)
          return reject(new Error(`the running server could not read the reports: ${Buffer.concat(chunks).toString()}`))
        const rows = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Array<StoredReport & { created_at: string }>
        resolve(rows.map((row) => ({ ...row, created_at: new Date(row.created_at) })))
      })
    })
    request.on('timeout', () => request.destroy(new Error('the running server did not answer')))
    request.on('error', reject)
  })
}
