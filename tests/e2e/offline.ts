import type { BrowserContext, Page } from '@playwright/test'
import { savedCacheName } from '../../lib/offline/cache-names'
import type { Locale } from '../../lib/i18n/locale-codes'

/** Helpers for the offline tests: the service worker and Cache Storage, as the page sees them. */

/**
 * Waits until a service worker controls the page (it claims open pages as soon as it activates). The worker
 * is registered from the second page view (docs/decisions/009-no-framework-javascript.md): on a first
 * visit, the page is viewed once more, as a traveller reading on would.
 */
export async function controlled(page: Page): Promise<void> {
  await page.waitForLoadState('load')
  if (!(await page.evaluate(() => navigator.serviceWorker.getRegistration().then(Boolean)))) await page.reload()
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      )
  })
}

/** The build id of the worker controlling the page, asked over a message channel (undefined if none answers). */
export function workerVersion(page: Page): Promise<string | undefined> {
  return page.evaluate(
    () =>
      new Promise<string | undefined>((resolve) => {
        const worker = navigator.serviceWorker.controller
        if (!worker) return resolve(undefined)
        const channel = new MessageChannel()
        channel.port1.onmessage = (event) => resolve(event.data.version)
        worker.postMessage({ type: 'GET_VERSION' }, [channel.port2])
        // A worker being replaced may never answer: ask again rather than wait forever.
        setTimeout(() => resolve(undefined), 2000)
      }),
  )
}

/** Every entry of a saved carrier's cache, and the bytes their bodies hold. */
export function cachedCarrier(page: Page, locale: Locale, carrier: string): Promise<{ urls: string[]; bytes: number }> {
  return page.evaluate(
    async (name) => {
      const cache = await caches.open(name)
      let bytes = 0
      const urls: string[] = []
      for (const request of await cache.keys()) {
        urls.push(new URL(request.url).pathname + new URL(request.url).search)
        bytes += (await (await cache.match(request))!.arrayBuffer()).byteLength
      }
      return { urls, bytes }
    },
    savedCacheName(locale, carrier),
  )
}

/** "1.2 MB" or "930 kB" as shown to the traveller, in bytes. */
export function shownBytes(text: string): number {
  const match = /([\d.]+)\s*(MB|kB)/.exec(text)
  if (!match) throw new Error(`no size in "${text}"`)
  return Number(match[1]) * (match[2] === 'MB' ? 1e6 : 1e3)
}

/** Console errors from anything in the context, the service worker included (the page fixture sees only the page). */
export function contextErrors(context: BrowserContext): string[] {
  const errors: string[] = []
  context.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  context.on('weberror', (error) => errors.push(error.error().message))
  return errors
}

/**
 * How long saving a carrier (about 25 pages and their files, ~1 MB) may take: on a loaded CI machine it
 * has taken longer than Playwright's default 5 s expectation, with nothing wrong but the machine's load.
 */
export const SAVE_TIMEOUT = 30_000
