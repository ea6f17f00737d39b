import http from 'node:http'
import type { AddressInfo } from 'node:net'
import autocannon from 'autocannon'
import { startProductionServer } from './production-server'
import { table } from './run'

const GUIDE = '/zh/smart/top-up'
const MIX = [
  '/zh',
  '/en',
  '/zh/smart',
  '/zh/smart/top-up',
  '/en/docomo/check-data',
  '/zh/smart/top-up/ussd',
  '/zh/methods/hotline',
  '/zh/tasks/check-data',
  '/en/topics/out-of-data',
  '/zh/no-such-page',
]

/** What a browser says it accepts (Chromium); autocannon alone asks for no compression. */
const BROWSER = { 'accept-encoding': 'gzip, deflate, br, zstd' }

/**
 * The production server (`npm start`, the standalone build) on loopback: requests per second and
 * latency for one guide page at 50 connections for 10 s, with and without the ready responses
 * (SIM_HELPER_READY_RESPONSES=off sends every request through Next.js, as before decision 011), asked
 * as a browser asks (Brotli/gzip) and uncompressed, next to a minimal static file server sending the same
 * HTML in the same run (the ratio is what to compare between runs); then a 30 s mixed-page load that must
 * finish without errors. Needs `npm run build` first. Bounded: autocannon stops on time.
 */
export async function benchServer(root: string) {
  const rows = []
  const ratios: Record<string, number> = {}
  let baseline = 0
  const setups: { name: string; port: number; env: Record<string, string> }[] = [
    { name: 'Next.js for every request', port: 3390, env: { SIM_HELPER_READY_RESPONSES: 'off' } },
    { name: 'ready responses', port: 3391, env: {} },
  ]
  for (const setup of setups) {
    const server = await startProductionServer(root, setup.port, setup.env)
    const url = `${server.url}${GUIDE}`
    try {
      if (!baseline) {
        const { url: staticUrl, close } = await staticServer(await fetchText(url))
        const plain = await load({ url: staticUrl, connections: 50, duration: 10 })
        close()
        baseline = plain.requests.average
        rows.push({ server: 'static file server, same HTML, uncompressed', ...summary(plain) })
      }
      for (const [asked, headers] of [
        ['uncompressed', {}],
        ['as a browser (br, gzip)', BROWSER],
      ] as const) {
        const result = await load({ url, connections: 50, duration: 10, headers })
        const name = `${setup.name}, ${GUIDE} ${asked}`
        rows.push({ server: name, ...summary(result) })
        ratios[name] = result.requests.average / baseline
      }
      if (setup.env.SIM_HELPER_READY_RESPONSES !== 'off') {
        const mixed = await load({
          url: server.url,
          connections: 20,
          duration: 30,
          headers: BROWSER,
          requests: MIX.map((path) => ({ method: 'GET', path })),
        })
        rows.push({ server: `${setup.name}, mixed pages as a browser, 30 s`, ...summary(mixed) })
      }
    } finally {
      server.stop()
    }
  }
  table(rows)
  for (const [name, ratio] of Object.entries(ratios)) console.log(`${name} / static: ${ratio.toFixed(2)}`)
  return { rows, ratios }
}

function summary(result: autocannon.Result) {
  // 404s in the mix are expected answers; errors, timeouts and 5xx are not.
  return {
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result['5xx'],
  }
}

function load(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) =>
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result))),
  )
}

function staticServer(html: string): Promise<{ url: string; close: () => void }> {
  const body = Buffer.from(html)
  const server = http.createServer((_, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length })
    response.end(body)
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() }),
    ),
  )
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: ${response.status}`)
  return response.text()
}
