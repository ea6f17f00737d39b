import http from 'node:http'
import { getPage, postReport, reportBody } from './reports'

export interface BurstResult {
  acknowledged: string[]
  statuses: Record<number, number>
  pages: number
  failures: number
}

/**
 * `connections` clients, each alternating a report and a page load, until `seconds` pass or `maxRequests`
 * were sent (bounded both ways). Every report carries a unique note, so the test can find exactly the
 * ones the server acknowledged (303) in the database. A refused or dropped connection (the server was
 * killed) ends that client.
 */
export async function burst(
  base: string,
  options: {
    connections: number
    seconds: number
    maxRequests: number
    tag: string
    onAcknowledged?: (count: number) => void
  },
): Promise<BurstResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections })
  const result: BurstResult = { acknowledged: [], statuses: {}, pages: 0, failures: 0 }
  const deadline = Date.now() + options.seconds * 1000
  let sent = 0
  const client = async (id: number) => {
    for (let i = 0; Date.now() < deadline && sent < options.maxRequests; i++) {
      sent++
      try {
        if (i % 2 === 0) {
          const note = `${options.tag}-${id}-${i}`
          const answer = await postReport(base, reportBody({ note }), { agent })
          result.statuses[answer.status] = (result.statuses[answer.status] ?? 0) + 1
          if (answer.status === 303) {
            const count = result.acknowledged.push(note)
            options.onAcknowledged?.(count)
          }
        } else {
          const status = await getPage(base, i % 4 === 1 ? '/zh/smart/top-up' : '/en/docomo/check-data', agent)
          result.statuses[status] = (result.statuses[status] ?? 0) + 1
          result.pages++
        }
      } catch {
        result.failures++
        return
      }
    }
  }
  await Promise.all(Array.from({ length: options.connections }, (_, id) => client(id)))
  agent.destroy()
  return result
}
