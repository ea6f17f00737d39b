import { distinctActions, type SharedAction, unlistedHotlines } from './hubs'
import type { Carrier } from './schema/carrier'
import type { HotlineNumber } from './schema/common'
import type { Guide } from './schema/content'
import type { MethodKind } from './schema/method'

/** Dialled or texted from the SIM itself: they work with no mobile data at all. */
const CODE_KINDS: readonly MethodKind[] = ['ussd', 'sms', 'hotline']
/** Ways to add credit that need no data on the phone: a card's PIN, a friend's transfer, a shop. */
const TOP_UP_KINDS: readonly MethodKind[] = ['voucher', 'third-party', 'store']

/** What a carrier's out-of-data card holds, in the order a traveller with no data needs it. */
export interface CarrierCard {
  /** Every code, number and text across the carrier's guides, each once, with the tasks it serves. */
  codes: SharedAction[]
  /** Top-up ways that need no data (a method marked needs-data is left out). */
  topUps: SharedAction[]
  /** The carrier's customer service numbers that no guide lists already (a number appears once on the card). */
  contacts: Carrier['hotlines']
  /** Every number that can be dialled from abroad, in its international form. */
  fromAbroad: Array<HotlineNumber & { international: string }>
}

/** The card for one carrier in one language, from the typed method data of its guides there. */
export function carrierCard(carrier: Carrier, guides: Guide[]): CarrierCard {
  const uses = guides
    .filter((guide) => guide.carrier === carrier.id)
    .flatMap((guide) => guide.methods.map((section) => ({ guide, section })))
  const ofKinds = (kinds: readonly MethodKind[]) =>
    distinctActions(
      uses.filter(({ section }) => kinds.includes(section.kind) && !section.conditions.includes('needs-data')),
    ).sort((a, b) => kinds.indexOf(a.section.kind) - kinds.indexOf(b.section.kind))
  const codes = ofKinds(CODE_KINDS)
  const sectionNumbers = codes.flatMap(({ section }) => (section.kind === 'hotline' ? section.numbers : []))
  // A number reachable from abroad in its international form: given beside it, or the number itself (+81…).
  const fromAbroad = [...carrier.hotlines, ...sectionNumbers]
    .filter((line) => line.abroad !== 'no' && (line.international || line.number.startsWith('+')))
    .map((line) => ({ ...line, international: line.international ?? line.number }))
  return {
    codes,
    topUps: ofKinds(TOP_UP_KINDS),
    contacts: unlistedHotlines(
      carrier.hotlines,
      codes.map(({ section }) => section),
    ),
    fromAbroad: [...new Map(fromAbroad.map((line) => [line.international, line])).values()],
  }
}

/** A card with nothing to dial, text or buy (e.g. an app-only eSIM) says so, and is kept out of search results. */
export function isEmptyCard(card: CarrierCard): boolean {
  return !card.codes.length && !card.topUps.length && !card.contacts.length
}
