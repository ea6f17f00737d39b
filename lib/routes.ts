import type { Locale } from './i18n/locales'
import type { MethodKind } from './schema/method'
import type { Task } from './schema/task'

/** Every URL on the site is built here: no trailing slashes, lowercase, stable. */
export const routes = {
  home: (locale: Locale) => `/${locale}`,
  carrier: (locale: Locale, carrier: string) => `/${locale}/${carrier}`,
  guide: (locale: Locale, carrier: string, task: Task) => `/${locale}/${carrier}/${task}`,
  guideMethod: (locale: Locale, carrier: string, task: Task, method: MethodKind) => `/${locale}/${carrier}/${task}/${method}`,
  methodHub: (locale: Locale, method: MethodKind) => `/${locale}/methods/${method}`,
  taskHub: (locale: Locale, task: Task) => `/${locale}/tasks/${task}`,
  topics: (locale: Locale) => `/${locale}/topics`,
  topic: (locale: Locale, slug: string) => `/${locale}/topics/${slug}`,
  feed: (locale: Locale) => `/${locale}/feed.xml`,
  sitemap: () => '/sitemap.xml',
}

/** The anchor of a method's section inside its guide. */
export const methodAnchor = (method: MethodKind) => `method-${method}`

/** Generated share images (the opengraph-image.tsx routes); pages point at them from their metadata. */
export const imageRoutes = {
  site: (locale: Locale) => `/${locale}/opengraph-image`,
  guide: (locale: Locale, carrier: string, task: Task) => `${routes.guide(locale, carrier, task)}/opengraph-image`,
}
