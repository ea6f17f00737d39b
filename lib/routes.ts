import type { Locale } from './i18n/locales'
import type { MethodKind } from './schema/method'
import type { Task } from './schema/task'

/** Every URL on the site is built here: no trailing slashes, lowercase, stable. */
export const routes = {
  home: (locale: Locale) => `/${locale}`,
  carrier: (locale: Locale, carrier: string) => `/${locale}/${carrier}`,
  /** The out-of-data card: every code, number and text of one carrier on one printable page. */
  card: (locale: Locale, carrier: string) => `/${locale}/${carrier}/card`,
  guide: (locale: Locale, carrier: string, task: Task) => `/${locale}/${carrier}/${task}`,
  guideMethod: (locale: Locale, carrier: string, task: Task, method: MethodKind) =>
    `/${locale}/${carrier}/${task}/${method}`,
  methodHub: (locale: Locale, method: MethodKind) => `/${locale}/methods/${method}`,
  taskHub: (locale: Locale, task: Task) => `/${locale}/tasks/${task}`,
  topics: (locale: Locale) => `/${locale}/topics`,
  topic: (locale: Locale, slug: string) => `/${locale}/topics/${slug}`,
  /** "Which SIM is this?": from a network code, ICCID, APN or name to the company that manages the SIM. */
  whichSim: (locale: Locale) => `/${locale}/which-sim`,
  feed: (locale: Locale) => `/${locale}/feed.xml`,
  /** What this phone has saved for offline use (read from the browser's cache, so never indexed). */
  saved: (locale: Locale) => `/${locale}/saved`,
  /** What the service worker shows for a page that is neither saved nor reachable. */
  offline: (locale: Locale) => `/${locale}/offline`,
  /** The web app manifest, one per language so the installed app opens in it. */
  manifest: (locale: Locale) => `/${locale}/manifest.webmanifest`,
  sitemap: () => '/sitemap.xml',
  /** The search page; with a query (and a later page of results) it lists the results. */
  search: (locale: Locale, query?: string, page?: number) =>
    `/${locale}/search${searchString({ q: query || undefined, page: page && page > 1 ? String(page) : undefined })}`,
  /** Where a browser is sent when its report was refused: why, in the site's layout, with the form as filled in. */
  feedbackAnswer: (locale: Locale) => `/${locale}/feedback`,
  /** Results as JSON, for updating the search page as the traveller types. */
  searchApi: (locale: Locale, query: string) => `/api/search${searchString({ locale, q: query })}`,
}

function searchString(params: Record<string, string | undefined>): string {
  const defined = Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined)
  return defined.length ? `?${new URLSearchParams(defined).toString()}` : ''
}

/** The anchor of a method's section inside its guide. */
export const methodAnchor = (method: MethodKind) => `method-${method}`

/** Generated share images (the opengraph-image.tsx routes); pages point at them from their metadata. */
export const imageRoutes = {
  site: (locale: Locale) => `/${locale}/opengraph-image`,
  guide: (locale: Locale, carrier: string, task: Task) => `${routes.guide(locale, carrier, task)}/opengraph-image`,
}

/** The installed app's icons (app/icons/[icon]/route.tsx renders them from app/icon.svg at build time). */
export const APP_ICONS = ['icon-192.png', 'icon-512.png', 'maskable-512.png'] as const
export type AppIcon = (typeof APP_ICONS)[number]

/** Files for offline use that are not pages: the service worker and each carrier's list of files to save. */
export const offlineFiles = {
  serviceWorker: () => '/sw.js',
  /** Written after `next build` by scripts/build-offline.ts: the pages and assets to save, and their size. */
  saveList: (locale: Locale, carrier: string) => `/saves/${locale}/${carrier}.json`,
  appIcon: (icon: AppIcon) => `/icons/${icon}`,
}
