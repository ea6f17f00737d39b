import { format, getDictionary, type Locale } from '../i18n'
import { formatDate } from '../i18n/dates'
import type { Carrier } from '../schema/carrier'
import type { Guide } from '../schema/content'
import { siteOrigin } from '../site-url'
import type { ShareCardText } from '../../components/og/share-card'

/** What a share image says: everything it depends on besides the template and the font (lib/og/share-image.ts). */
const host = () => new URL(siteOrigin).host

/** The site's card in one language, for every page that is not a guide. */
export function siteCardText(locale: Locale): ShareCardText {
  const t = getDictionary(locale)
  return { eyebrow: t.tagline, title: t.home.title, summary: t.home.description, footer: host() }
}

/** A guide's card: its title and summary in its own language, its carrier and task, when it was verified. */
export function guideCardText(guide: Guide, carrier: Carrier): ShareCardText {
  const t = getDictionary(guide.locale)
  return {
    eyebrow: `${t.siteName} · ${carrier.name[guide.locale]} · ${t.tasks[guide.task].name}`,
    title: guide.title,
    summary: guide.summary,
    footer: `${host()} · ${format(t.guide.verified, { date: formatDate(guide.verified, guide.locale) })}`,
  }
}
