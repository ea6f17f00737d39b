import { distinctActions, type SharedAction, unlistedHotlines } from './hubs'
import type { Carrier } from './schema/carrier'
import type { HotlineNumber } from './schema/common'
import type { Guide } from './schema/content'
import type { MethodKind, MethodSection } from './schema/method'

/** Dialled or texted from the SIM itself: they work with no mobile data at all. */
const CODE_KINDS: readonly MethodKind[] = ['ussd', 'sms', 'hotline']
/** Ways to add credit that need no data on the phone: a card's PIN, a friend's transfer, a shop. */
const TOP_UP_KINDS: readonly MethodKind[] = ['voucher', 'third-party', 'store']

/** An app or a site: it needs the internet, not this SIM's data. */
const WIFI_KINDS: readonly MethodKind[] = ['app', 'website']

/**
 * An app or website works over any Wi-Fi unless its data says it must run over the SIM (`needs-wifi-off`:
 * b-mobile's site knows the line by its connection). Where this holds, "no data? join Wi-Fi first" is said.
 */
export function worksOverWifi(section: MethodSection): boolean {
  return WIFI_KINDS.includes(section.kind) && !section.conditions.includes('needs-wifi-off')
}

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
  /** Apps and websites that work over any Wi-Fi: the way in when the data has run out. */
  overWifi: SharedAction[]
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
    overWifi: sameAppOnce(uses.filter(({ section }) => worksOverWifi(section))),
  }
}

/**
 * Each app or site once, with every task it serves: its sections differ by task (steps, badges) but the
 * traveller opens the same app. Apps first, then sites, in the guides' order.
 */
function sameAppOnce(uses: Array<{ guide: Guide; section: MethodSection }>): SharedAction[] {
  const merged = new Map<string, SharedAction>()
  for (const { guide, section } of uses) {
    const key =
      section.kind === 'website' ? `website ${section.url}` : `${section.kind} ${'name' in section ? section.name : ''}`
    const entry = merged.get(key)
    if (entry) entry.guides.push(guide)
    else merged.set(key, { section, guides: [guide] })
  }
  return [...merged.values()].sort((a, b) => WIFI_KINDS.indexOf(a.section.kind) - WIFI_KINDS.indexOf(b.section.kind))
}

/** Something on the card works with no mobile data at all: a code, a number, a text or a top-up. */
export function worksWithoutData(card: CarrierCard): boolean {
  return Boolean(card.codes.length || card.topUps.length || card.contacts.length)
}

/**
 * A card with nothing to dial, text, buy or open over Wi-Fi has nothing of its carrier's own: no page
 * links to it, and it stays out of search results (it still exists, to say so to whoever saved its address).
 */
export function isEmptyCard(card: CarrierCard): boolean {
  return !worksWithoutData(card) && !card.overWifi.length
}
