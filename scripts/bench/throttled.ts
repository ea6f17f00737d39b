import { type Browser, chromium } from '@playwright/test'
import { startProductionServer } from './production-server'
import { median, table } from './run'
import { chromiumLaunchOptions } from '../chromium'

/** The link a traveller has once the data cap is reached: carriers throttle to about 128 kbit/s. */
const KBPS = 128
const LATENCY_MS = 300
const RUNS = 3
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
 * headers included. Medians of three runs. Bounded: each load has a 60 s timeout.
 */
export async function benchThrottled(root: string) {
  const server = await startProductionServer(root, 3392)
  const browser = await chromium.launch(chromiumLaunchOptions)
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
    return { kbps: KBPS, latencyMs: LATENCY_MS, rows }
  } finally {
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
