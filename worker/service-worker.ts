/// <reference lib="webworker" />
import {
  CacheFirst,
  ExpirationPlugin,
  NetworkFirst,
  NetworkOnly,
  Serwist,
  type PrecacheEntry,
  type RouteMatchCallbackOptions,
  type SerwistPlugin,
} from 'serwist'
import { isSavedCacheName, RUNTIME_CACHES } from '../lib/offline/cache-names'
import { DEFAULT_LOCALE, LOCALES } from '../lib/i18n/locale-codes'
import { routes } from '../lib/routes'

/**
 * The service worker (bundled after `next build` by scripts/build-offline.ts into /sw.js).
 * - Precached shell: the offline page in each language and what it loads, and the manifests.
 *   A new deployment changes the build id and the revisions, so the browser installs the new worker,
 *   which takes over at once and drops precached files the new build no longer lists.
 * - Pages: network first, with a short timeout; then a copy this phone kept (a visited page, or a
 *   saved carrier), then the offline page in the visitor's language.
 * - Hashed build files (/_next/static): cache first, in a bounded cache.
 * Saved carriers are written by the pages themselves (lib/offline/saved-copies.ts); this worker only reads them.
 */
declare const self: ServiceWorkerGlobalScope
declare const PRECACHE_ENTRIES: PrecacheEntry[]
declare const BUILD_ID: string

/** Long enough for a slow roaming link to answer, short enough that a dead one does not leave a blank screen. */
const PAGE_TIMEOUT_SECONDS = 4

/** Reads a saved carrier's copy when the worker's own cache has none (saved carriers are never evicted). */
const savedCopies: SerwistPlugin = {
  cachedResponseWillBeUsed: async ({ request, cachedResponse }) => cachedResponse ?? (await matchSaved(request)),
}

async function matchSaved(request: Request): Promise<Response | undefined> {
  for (const name of (await caches.keys()).filter(isSavedCacheName)) {
    const hit = await (await caches.open(name)).match(request, {
      ignoreSearch: request.mode === 'navigate',
      ignoreVary: true,
    })
    if (hit) return hit
  }
  return undefined
}

/**
 * Next.js fetches a page's React payload (RSC: 1) for in-app navigation and prefetching. Offline, an
 * answer that is not a payload makes the router load the page as a document instead (which the
 * navigation route above answers from the saved copy), with no error in the console.
 */
const documentInstead: SerwistPlugin = {
  handlerDidError: async () =>
    new Response('', { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' } }),
}

const isPageRequest = ({ request }: RouteMatchCallbackOptions) => request.mode === 'navigate'
const localeOf = (url: URL) =>
  LOCALES.find((locale) => url.pathname === `/${locale}` || url.pathname.startsWith(`/${locale}/`)) ?? DEFAULT_LOCALE

const serwist = new Serwist({
  precacheEntries: PRECACHE_ENTRIES,
  precacheOptions: { cleanupOutdatedCaches: true },
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: true,
  runtimeCaching: [
    {
      matcher: ({ request }) => request.headers.get('RSC') === '1',
      handler: new NetworkOnly({ plugins: [documentInstead] }),
    },
    {
      matcher: isPageRequest,
      handler: new NetworkFirst({
        cacheName: RUNTIME_CACHES.pages,
        networkTimeoutSeconds: PAGE_TIMEOUT_SECONDS,
        matchOptions: { ignoreVary: true },
        plugins: [new ExpirationPlugin({ maxEntries: 60, purgeOnQuotaError: true }), savedCopies],
      }),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_next/static/'),
      handler: new CacheFirst({
        cacheName: RUNTIME_CACHES.static,
        plugins: [new ExpirationPlugin({ maxEntries: 120, purgeOnQuotaError: true }), savedCopies],
      }),
    },
    {
      // Islands keep their name across deployments: the network first, the phone's copy offline.
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/islands/'),
      handler: new NetworkFirst({
        cacheName: RUNTIME_CACHES.static,
        networkTimeoutSeconds: PAGE_TIMEOUT_SECONDS,
        plugins: [new ExpirationPlugin({ maxEntries: 120, purgeOnQuotaError: true }), savedCopies],
      }),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/saves/'),
      handler: new NetworkFirst({
        cacheName: RUNTIME_CACHES.saveLists,
        plugins: [new ExpirationPlugin({ maxEntries: 30 }), savedCopies],
      }),
    },
  ],
  fallbacks: {
    entries: LOCALES.map((locale) => ({
      url: routes.offline(locale),
      matcher: ({ request }) => request.mode === 'navigate' && localeOf(new URL(request.url)) === locale,
    })),
  },
})

// Which deployment this worker belongs to: the pages ask, so a test (or a support question) can tell.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'GET_VERSION') event.ports[0]?.postMessage({ version: BUILD_ID })
})

serwist.addEventListeners()
