import { carrierCard, isEmptyCard, worksWithoutData } from '../card'
import type { Carrier } from '../schema/carrier'
import type { Guide } from '../schema/content'
import { showsIosHint } from '../links'

/**
 * The out-of-data card page: the card, what it holds (something that needs no data at all, or only Wi-Fi
 * routes), whether it is empty (then no page links to it), and whether the page states the iPhone hint.
 * On the card an app's "needs data" badge gives way to the card's own "needs Wi-Fi" label.
 */
export function cardView(carrier: Carrier, guides: Guide[]) {
  const card = carrierCard(carrier, guides)
  const sections = [...card.codes, ...card.topUps].map(({ section }) => section)
  const overWifi = card.overWifi.map((action) => ({
    ...action,
    section: { ...action.section, conditions: action.section.conditions.filter((c) => c !== 'needs-data') },
  }))
  return {
    card: { ...card, overWifi },
    empty: isEmptyCard(card),
    withoutData: worksWithoutData(card),
    iosHint: showsIosHint({ sections, numbers: card.contacts }),
  }
}

/** Whether pages link to a carrier's card: only when it holds something of the carrier's own. */
export function cardIsLinked(carrier: Carrier, guides: Guide[]): boolean {
  return !isEmptyCard(carrierCard(carrier, guides))
}
