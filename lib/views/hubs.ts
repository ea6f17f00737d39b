import { cardIsLinked } from './card'
import { byCountry, distinctActions, type SharedAction, unlistedHotlines } from '../hubs'
import { showsIosHint } from '../links'
import type { Carrier } from '../schema/carrier'
import type { Guide, MethodUse } from '../schema/content'
import type { MethodKind } from '../schema/method'
import { TASKS, type Task } from '../schema/task'

/** The carrier hub: each task with its guide (its fastest method first), and where the iPhone hint goes. */
export function carrierHubView(carrier: Carrier, guides: Guide[]) {
  const tasks = TASKS.map((task) => ({
    task,
    guide: guides.find((guide) => guide.carrier === carrier.id && guide.task === task),
  }))
  // Said once: above the task cards when a fastest way needs it, otherwise beside the contacts that do.
  const iosHint = showsIosHint({ sections: guides.map((guide) => guide.methods[0]) })
  return {
    tasks,
    iosHint,
    contactsIosHint: !iosHint && showsIosHint({ numbers: carrier.hotlines }),
    hasContacts: carrier.hotlines.length > 0 || Boolean(carrier.website) || carrier.apps.length > 0,
    // An empty out-of-data card is no help: the page links to it only when it holds something.
    linksCard: cardIsLinked(carrier, guides),
  }
}

export interface MethodHubCard {
  carrier: Carrier
  country: string
  actions: SharedAction[]
  /** On the hotline hub: the carrier's other numbers from its registry entry. */
  contacts: Carrier['hotlines']
}

/** One method across carriers: each carrier's distinct actions, grouped by country; carriers with none left out. */
export function methodHubView(method: MethodKind, uses: MethodUse[], carriers: Carrier[]) {
  const cards: MethodHubCard[] = carriers
    .map((carrier) => {
      const actions = distinctActions(uses.filter(({ guide }) => guide.carrier === carrier.id))
      const sections = actions.map(({ section }) => section)
      const contacts = method === 'hotline' ? unlistedHotlines(carrier.hotlines, sections) : []
      return { carrier, country: carrier.country, actions, contacts }
    })
    .filter((card) => card.actions.length || card.contacts.length)
  const iosHint = showsIosHint({
    sections: cards.flatMap((card) => card.actions.map(({ section }) => section)),
    numbers: cards.flatMap((card) => card.contacts),
  })
  return { countries: byCountry(cards), iosHint }
}

/** One task across carriers, by country: the carriers with a guide for it (and the guide), then those without. */
export function taskHubView(task: Task, guides: Guide[], carriers: Carrier[]) {
  const guideOf = (carrier: Carrier) => guides.find((guide) => guide.carrier === carrier.id && guide.task === task)
  const countries = byCountry(carriers).map(({ country, carriers: group }) => ({
    country,
    covered: group.flatMap((carrier) => {
      const guide = guideOf(carrier)
      return guide ? [{ carrier, guide }] : []
    }),
    missing: group.filter((carrier) => !guideOf(carrier)),
  }))
  const iosHint = showsIosHint({
    sections: countries.flatMap(({ covered }) => covered.map(({ guide }) => guide.methods[0])),
  })
  return { countries, iosHint }
}
