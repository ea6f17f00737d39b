import { carrierCard, isEmptyCard } from '../card'
import type { Carrier } from '../schema/carrier'
import type { Guide } from '../schema/content'
import { showsIosHint } from '../links'

/** The out-of-data card page: the card, whether it is empty, and whether the page states the iPhone hint. */
export function cardView(carrier: Carrier, guides: Guide[]) {
  const card = carrierCard(carrier, guides)
  const sections = [...card.codes, ...card.topUps].map(({ section }) => section)
  return { card, empty: isEmptyCard(card), iosHint: showsIosHint({ sections, numbers: card.contacts }) }
}
