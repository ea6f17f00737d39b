import type { Locale } from '../i18n/locale-codes'

/**
 * Cache Storage names shared by the service worker, the pages that save guides, and the tests. A saved
 * carrier lives in its own cache, so removing it is one `caches.delete` and its size is what that cache holds.
 * Kept free of imports with side effects: the service worker and client components both bundle it.
 */
const SAVED_PREFIX = 'saved:'

export function savedCacheName(locale: Locale, carrier: string): string {
  return `${SAVED_PREFIX}${locale}:${carrier}`
}

export function isSavedCacheName(name: string): boolean {
  return name.startsWith(SAVED_PREFIX)
}

/** The worker's own caches: visited pages (network first) and hashed build files (cache first). */
export const RUNTIME_CACHES = { pages: 'pages', static: 'static', saveLists: 'save-lists' } as const
