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

/**
 * The production server (`npm start`, the standalone build) on loopback: requests per second and
 * latency for one guide page at 50 connections for 10 s, next to a minimal static file server sending the
 * same HTML in the same run (the ratio is what to compare between runs); then a 30 s mixed-page load
 * that must finish without errors. Needs `npm run build` first. Bounded: autocannon stops on time.
 */
export async function benchServer(root: string) {
  const server = await startProductionServer(root, 3390)
  const port = new URL(server.url).port
  try {
    const html = await fetchText(`http://127.0.0.1:${port}${GUIDE}`)
    const { url: staticUrl, close } = await staticServer(html)
    try {
      const next = await load({ url: `http://127.0.0.1:${port}${GUIDE}`, connections: 50, duration: 10 })
      const plain = await load({ url: staticUrl, connections: 50, duration: 10 })
      const mixed = await load({
        url: `http://127.0.0.1:${port}`,
        connections: 20,
        duration: 30,
        requests: MIX.map((path) => ({ method: 'GET', path })),
      })
      const rows = [
        { server: `next (standalone) ${GUIDE}`, ...summary(next) },
        { server: 'static file server, same HTML', ...summary(plain) },
        { server: 'next, mixed pages, 30 s', ...summary(mixed) },
      ]
      table(rows)
      console.log(`next / static requests per second: ${(next.requests.average / plain.requests.average).toFixed(2)}`)
      return { rows, ratio: next.requests.average / plain.requests.average }
    } finally {
      close()
    }
  } finally {
    server.stop()
  }
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
