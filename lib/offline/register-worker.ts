import { offlineFiles } from '../routes'

/**
 * When the service worker is registered (docs/decisions/009-no-framework-javascript.md): not on a first
 * visit, where sw.js and its precache (about 29 KB) would compete with the page on a slow link, but from the
 * second page view onwards, after the page has loaded, and at once when the traveller saves a carrier for
 * their trip. Used by islands/register-worker.ts and by "Save for my trip"; browser code only.
 */
const VIEWS_KEY = 'sim-helper:views'

export function registerWorker(): Promise<unknown> {
  if (!('serviceWorker' in navigator)) return Promise.resolve()
  // Nothing to tell the traveller when it fails: the site works the same without offline copies.
  return navigator.serviceWorker.register(offlineFiles.serviceWorker(), { scope: '/' }).catch(() => undefined)
}

/** Counts this page view (per tab session) and registers the worker from the second view onwards. */
export function registerFromSecondView(): void {
  if (!('serviceWorker' in navigator)) return
  let views = 2
  try {
    views = Number(sessionStorage.getItem(VIEWS_KEY) ?? '0') + 1
    sessionStorage.setItem(VIEWS_KEY, String(views))
  } catch {
    // Storage refused (private modes): register as before rather than never.
  }
  navigator.serviceWorker.getRegistration().then((existing) => {
    if (existing || views >= 2) registerWorker()
  })
}
