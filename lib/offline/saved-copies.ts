import type { Locale } from '../i18n/locale-codes'
import { offlineFiles } from '../routes'
import { isSavedCacheName, savedCacheName } from './cache-names'
import { registerWorker } from './register-worker'
import type { SavedCopy, SaveList } from './save-list'

/**
 * The browser side of "Save for my trip", used by client components only: each saved carrier is one
 * Cache Storage cache holding its pages, the files they load, and a record of what was saved (its save
 * list plus the date), written last, so a cache without it is an unfinished save and counts as nothing.
 * The service worker (worker/service-worker.ts) answers from these caches when the network cannot.
 */

/** Saving needs the Cache API (secure pages only) and a service worker to read the copies back offline. */
export function canSave(): boolean {
  return typeof window !== 'undefined' && window.isSecureContext && 'serviceWorker' in navigator && 'caches' in window
}

/** The carrier's save list as built, or undefined when it cannot be fetched (offline and never saved). */
export async function fetchSaveList(locale: Locale, carrier: string): Promise<SaveList | undefined> {
  try {
    const response = await fetch(offlineFiles.saveList(locale, carrier))
    return response.ok ? ((await response.json()) as SaveList) : undefined
  } catch {
    return undefined
  }
}

export async function savedCopy(locale: Locale, carrier: string): Promise<SavedCopy | undefined> {
  const name = savedCacheName(locale, carrier)
  if (!(await caches.has(name))) return undefined
  const record = await (await caches.open(name)).match(offlineFiles.saveList(locale, carrier))
  return record ? ((await record.json()) as SavedCopy) : undefined
}

/** Every carrier saved on this phone, in any language, newest first. */
export async function savedCopies(): Promise<SavedCopy[]> {
  const copies = await Promise.all(
    (await caches.keys()).filter(isSavedCacheName).map(async (name) => {
      const cache = await caches.open(name)
      const record = (await cache.keys()).find((request) => new URL(request.url).pathname.startsWith('/saves/'))
      const response = record && (await cache.match(record))
      return response ? ((await response.json()) as SavedCopy) : undefined
    }),
  )
  return copies
    .filter((copy): copy is SavedCopy => copy !== undefined)
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt))
}

/**
 * Fetches every page and file of the list into the carrier's cache, a few at a time, reporting progress.
 * On any failure the half-written cache is deleted and the error is thrown: a save is all or nothing.
 */
export async function saveCarrier(
  list: SaveList,
  onProgress: (done: number, total: number) => void,
): Promise<SavedCopy> {
  // The traveller asked for offline copies: the worker that serves them is registered now, if not yet.
  void registerWorker()
  const name = savedCacheName(list.locale, list.carrier)
  await caches.delete(name) // an update replaces the old copy whole: old pages may name files the new build lacks
  const cache = await caches.open(name)
  const urls = [...list.pages, ...list.assets]
  let done = 0
  try {
    await inBatches(urls, 4, async (url) => {
      // Straight from the server: the worker's own cache may hold an older deployment's copy of a page.
      const response = await fetch(url, { cache: 'no-cache' })
      if (!response.ok) throw new Error(`${url}: ${response.status}`)
      await cache.put(url, response)
      onProgress(++done, urls.length)
    })
    const copy: SavedCopy = { ...list, savedAt: new Date().toISOString() }
    await cache.put(
      offlineFiles.saveList(list.locale, list.carrier),
      new Response(JSON.stringify(copy), { headers: { 'Content-Type': 'application/json' } }),
    )
    // Ask the browser not to evict saved guides under storage pressure (granted silently or not at all).
    await navigator.storage?.persist?.().catch(() => false)
    return copy
  } catch (error) {
    await caches.delete(name)
    throw error
  }
}

export async function removeCarrier(locale: Locale, carrier: string): Promise<void> {
  await caches.delete(savedCacheName(locale, carrier))
}

async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += size) await Promise.all(items.slice(start, start + size).map(work))
}
