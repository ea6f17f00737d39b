import { brotliCompressSync, gzipSync } from 'node:zlib'
import { chromium, type Page } from '@playwright/test'
import { startProductionServer } from './production-server'
import { table } from './run'
import { chromiumLaunchOptions } from '../chromium'

const PAGES: Array<[string, string]> = [
  ['home', '/zh'],
  ['carrier hub', '/zh/smart'],
  ['guide', '/zh/smart/top-up'],
  ['method page', '/zh/smart/top-up/ussd'],
  ['method hub', '/zh/methods/hotline'],
  ['task hub', '/zh/tasks/check-data'],
  ['topic', '/zh/topics/out-of-data'],
]

type Kind = 'html' | 'css' | 'js' | 'other'
const kindOf = (type: string): Kind =>
  type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other'

/**
 * Page weight of each page type from the production build, in real Chromium: for a first visit (empty
 * cache) the bytes of HTML, CSS and JS (raw, gzip and brotli of the same bodies) and the requests made
 * until the network is idle (prefetches included); then a second page view in the same tab with the
 * cache warm (a link clicked from the guide), counted the same way.
 */
export async function benchPageWeight(root: string) {
  const server = await startProductionServer(root, 3391)
  const browser = await chromium.launch(chromiumLaunchOptions)
  try {
    const rows = []
    for (const [type, path] of PAGES) {
      const page = await browser.newPage()
      const first = await measure(page, () => page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' }))
      rows.push({ page: type, path, ...first })
      await page.close()
    }
    const page = await browser.newPage()
    await page.goto(`${server.url}/zh/smart/top-up`, { waitUntil: 'networkidle' })
    const second = await measure(page, () =>
      Promise.all([
        page.waitForURL('**/zh/smart'),
        page.locator('nav[aria-label] a[href="/zh/smart"]').first().click(),
      ]).then(() => page.waitForLoadState('networkidle')),
    )
    rows.push({ page: 'second view (guide → hub, cache warm)', path: '/zh/smart', ...second })
    table(rows)
    return rows
  } finally {
    await browser.close()
    server.stop()
  }
}

async function measure(page: Page, act: () => Promise<unknown>) {
  const bodies: Record<Kind, Buffer[]> = { html: [], css: [], js: [], other: [] }
  let requests = 0
  let transferred = 0
  const pending: Array<Promise<void>> = []
  const onResponse = (response: import('@playwright/test').Response) => {
    requests++
    pending.push(
      (async () => {
        const sizes = await response
          .request()
          .sizes()
          .catch(() => undefined)
        transferred += (sizes?.responseBodySize ?? 0) + (sizes?.responseHeadersSize ?? 0)
        const body = await response.body().catch(() => undefined)
        if (body) bodies[kindOf(response.request().resourceType())].push(body)
      })(),
    )
  }
  page.on('response', onResponse)
  await act()
  await Promise.all(pending)
  page.off('response', onResponse)
  const sum = (list: Buffer[], pack: (buffer: Buffer) => number) =>
    Math.round(list.reduce((total, buffer) => total + pack(buffer), 0) / 102.4) / 10
  const raw = (buffer: Buffer) => buffer.length
  const gzip = (buffer: Buffer) => gzipSync(buffer).length
  const brotli = (buffer: Buffer) => brotliCompressSync(buffer).length
  return {
    requests,
    'sent KB': Math.round(transferred / 102.4) / 10,
    'HTML KB raw/gz/br': `${sum(bodies.html, raw)}/${sum(bodies.html, gzip)}/${sum(bodies.html, brotli)}`,
    'CSS KB raw/gz/br': `${sum(bodies.css, raw)}/${sum(bodies.css, gzip)}/${sum(bodies.css, brotli)}`,
    'JS KB raw/gz/br': `${sum(bodies.js, raw)}/${sum(bodies.js, gzip)}/${sum(bodies.js, brotli)}`,
    'other KB raw': sum(bodies.other, raw),
  }
}
