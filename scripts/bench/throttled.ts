import { type Browser, chromium } from '@playwright/test'
import { startFloor } from './floor'
import { startProductionServer } from './production-server'
import { median, table } from './run'
import { chromiumLaunchOptions } from '../chromium'

/** The link a traveller has once the data cap is reached: carriers throttle to about 128 kbit/s. */
const KBPS = 128
const LATENCY_MS = 300
const RUNS = 3
/** Our server against the floor (the same pages without scripts, from nginx): more runs, interleaved. */
const FLOOR_RUNS = 7
const FLOOR_PAGES: Array<[string, string]> = [
  ['guide', '/zh/smart/top-up'],
  ['home', '/zh'],
]
/** BENCH_PORT moves it (the floor takes the next port) when another benchmark runs on the machine. */
const PORT = Number(process.env.BENCH_PORT ?? 3392)
const PAGES: Array<[string, string]> = [
  ['guide', '/zh/smart/top-up'],
  ['method page', '/zh/smart/top-up/ussd'],
  ['carrier hub', '/zh/smart'],
  ['home', '/zh'],
]

/**
 * A cold first visit over 128 kbit/s with 300 ms latency (Chromium network emulation, cache disabled, a
 * fresh context each time, as the lead's throttled-load tool does): first contentful paint, network idle
 * (when the last response finished: the traveller's link is free again) and the bytes that crossed it,
 * headers included. Medians of three runs. Then the floor: the guide and the home page against the same
 * pages with every script removed, served by nginx (scripts/bench/floor.ts), loads alternating, medians of
 * seven, and the ratio (the target is at most 1.1×). Bounded: each load has a 60 s timeout.
 */
export async function benchThrottled(root: string) {
  const server = await startProductionServer(root, PORT)
  const browser = await chromium.launch(chromiumLaunchOptions)
  const floor = await startFloor(
    browser,
    server.url,
    FLOOR_PAGES.map(([, path]) => path),
    PORT + 1,
  ).catch(async (error: unknown) => {
    await browser.close()
    server.stop()
    throw error
  })
  try {
    const rows = []
    for (const [name, path] of PAGES) {
      const runs: ColdLoad[] = []
      for (let run = 0; run < RUNS; run++) runs.push(await coldLoad(browser, server.url + path))
      const pick = (key: keyof ColdLoad) => median(runs.map((result) => result[key]))
      rows.push({
        page: `${name} ${path}`,
        'FCP ms': Math.round(pick('fcp')),
        'network idle ms': Math.round(pick('idle')),
        requests: pick('requests'),
        'KB transferred': (pick('bytes') / 1024).toFixed(1),
      })
    }
    table(rows)
    const floorRows = []
    for (const [name, path] of FLOOR_PAGES) {
      const ours: ColdLoad[] = []
      const bare: ColdLoad[] = []
      for (let run = 0; run < FLOOR_RUNS; run++) {
        ours.push(await coldLoad(browser, server.url + path))
        bare.push(await coldLoad(browser, floor.url + path))
      }
      const pick = (runs: ColdLoad[], key: keyof ColdLoad) => median(runs.map((result) => result[key]))
      const ratio = (key: keyof ColdLoad) => `${(pick(ours, key) / pick(bare, key)).toFixed(2)}×`
      floorRows.push({
        page: `${name} ${path}`,
        'FCP ms ours / floor': `${Math.round(pick(ours, 'fcp'))} / ${Math.round(pick(bare, 'fcp'))}`,
        'FCP ratio': ratio('fcp'),
        'idle ms ours / floor': `${Math.round(pick(ours, 'idle'))} / ${Math.round(pick(bare, 'idle'))}`,
        'idle ratio': ratio('idle'),
        'requests ours / floor': `${pick(ours, 'requests')} / ${pick(bare, 'requests')}`,
        'KB ours / floor': `${(pick(ours, 'bytes') / 1024).toFixed(1)} / ${(pick(bare, 'bytes') / 1024).toFixed(1)}`,
      })
    }
    console.log(`\nAgainst the floor (no scripts, nginx), ${FLOOR_RUNS} alternating loads each:`)
    table(floorRows)
    return { kbps: KBPS, latencyMs: LATENCY_MS, rows, floor: floorRows }
  } finally {
    await floor.stop()
    await browser.close()
    server.stop()
  }
}

type ColdLoad = { fcp: number; idle: number; bytes: number; requests: number }

async function coldLoad(browser: Browser, url: string): Promise<ColdLoad> {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } })
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: LATENCY_MS,
      downloadThroughput: (KBPS * 1000) / 8,
      uploadThroughput: (KBPS * 1000) / 8,
    })
    let bytes = 0
    let requests = 0
    let lastFinished = 0
    const start = Date.now()
    cdp.on('Network.loadingFinished', (event) => {
      bytes += event.encodedDataLength
      requests++
      lastFinished = Date.now() - start
    })
    await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 })
    const fcp = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    )
    return { fcp, idle: lastFinished, bytes, requests }
  } finally {
    await context.close()
  }
}
