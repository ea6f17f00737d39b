import { notFound } from 'next/navigation'
import { format, getDictionary } from '@/lib/i18n'
import { HotlineNumbers, registryNumbers } from '@/components/actions/hotline-numbers'
import { CardActions } from '@/components/card/card-actions'
import { PhoneCounter } from '@/components/guide/phone-counter'
import { PageBar } from '@/components/layout/page-bar'
import { SaveForTrip } from '@/components/offline/save-for-trip'
import { pages } from '@/lib/pages'
import { routes } from '@/lib/routes'
import { cardView } from '@/lib/views/card'

type Props = { params: Promise<{ locale: string; carrier: string }> }

// Closed set: unknown ids get app/global-not-found.tsx, served statically with its full HTML.
export const dynamicParams = false

export const generateStaticParams = pages.card.params
// An empty card is out of search results: the page list says so, and its metadata follows it.
export const generateMetadata = pages.card.metadata

/**
 * The out-of-data card: everything for one carrier that works with no mobile data (codes, numbers,
 * texts, and top-ups by card PIN, a friend's transfer or a shop), then its apps and sites that work over
 * any Wi-Fi, then the phone's own counter, on one screen and one printed page. Saved with the carrier by
 * "Save for my trip" (here and on the carrier page), so it opens with no signal at all. A card with none of
 * the carrier's own ways is linked from nowhere; its page stays, out of search, to say so.
 */
export default async function CarrierCardPage({ params }: Props) {
  const { locale, carrier, guides, crumbs, translations } = (await pages.card.get(params)) ?? notFound()
  const t = getDictionary(locale)
  const name = carrier.name[locale]
  const view = cardView(carrier, guides)
  const { card } = view
  return (
    <article className="carrier-card">
      <PageBar t={t} crumbs={crumbs} translations={translations} />
      <h1>{format(t.offline.cardTitle, { name })}</h1>
      {view.empty ? <p>{format(t.offline.cardEmpty, { name })}</p> : null}
      {view.withoutData ? <p className="lead">{t.offline.cardLead}</p> : null}
      {view.iosHint ? <p className="hint page-hint">{t.action.iosHint}</p> : null}
      {card.fromAbroad.length ? (
        <section aria-labelledby="from-abroad" className="card-section">
          <h2 id="from-abroad">{t.offline.cardFromAbroad}</h2>
          <HotlineNumbers numbers={card.fromAbroad} t={t} hints={false} />
        </section>
      ) : null}
      <CardActions id="codes" title={t.offline.cardCodes} actions={card.codes} t={t} locale={locale} />
      <CardActions id="top-ups" title={t.offline.cardTopUps} actions={card.topUps} t={t} locale={locale} />
      {card.contacts.length ? (
        <section aria-labelledby="contacts" className="card-section">
          <h2 id="contacts">{t.offline.cardContacts}</h2>
          <HotlineNumbers numbers={registryNumbers(card.contacts, locale)} t={t} hints={false} />
        </section>
      ) : null}
      <CardActions
        id="over-wifi"
        title={t.offline.cardWifi}
        lead={t.offline.cardWifiLead}
        label={t.offline.needsWifi}
        compact
        actions={card.overWifi}
        t={t}
        locale={locale}
      />
      {/* Every card ends with what every phone has: its own counter needs no data, no Wi-Fi and no account. */}
      <PhoneCounter counter={t.counter} locale={locale} />
      {view.empty ? null : (
        <SaveForTrip locale={locale} carrier={carrier.id} strings={t.offline.save} savedHref={routes.saved(locale)} />
      )}
      <p className="card-more">
        <a href={routes.carrier(locale, carrier.id)}>{format(t.offline.cardAllGuides, { name })}</a>
      </p>
    </article>
  )
}
