import { beforeAll, describe, expect, it } from 'vitest'
import { loadContent } from '../../lib/pipeline/load-content'
import type { Carrier } from '../../lib/schema/carrier'
import type { Content } from '../../lib/schema/content'
import type { MethodSection } from '../../lib/schema/method'
import { cardView } from '../../lib/views/card'
import { carrierHubView, methodHubView, taskHubView } from '../../lib/views/hubs'
import { unlistedHotlines } from '../../lib/hubs'
import { showsIosHint } from '../../lib/links'
import { fixture, freshCacheDir, ROOT, TODAY } from './helpers'

let hubs: Content
let cards: Content
beforeAll(async () => {
  const load = (name: string) =>
    loadContent({ root: ROOT, contentDir: fixture(name), cacheDir: freshCacheDir(), today: TODAY })
  ;[hubs, cards] = (await Promise.all([load('hubs'), load('card')])).map((result) => result.content)
})

const carrier = (content: Content, id: string) => content.carriers.find((candidate) => candidate.id === id)!
const uses = (content: Content, kind: string) =>
  content.guides.flatMap((guide) =>
    guide.methods.filter((section) => section.kind === kind).map((section) => ({ guide, section })),
  )

describe('the iPhone dialling hint', () => {
  const ussd = { kind: 'ussd', code: '*123#' } as MethodSection
  const plain = { kind: 'hotline', numbers: [{ number: '151' }] } as MethodSection
  it('is shown when an action or a number on the page holds * or #, and not otherwise', () => {
    expect(showsIosHint({ sections: [plain, ussd] })).toBe(true)
    expect(showsIosHint({ numbers: [{ number: '*888' }] })).toBe(true)
    expect(showsIosHint({ sections: [plain], numbers: [{ number: '0120-000-000' }] })).toBe(false)
    expect(showsIosHint({})).toBe(false)
  })

  it('leaves out registry hotlines that a section on the page already shows', () => {
    expect(unlistedHotlines([{ number: '151' }, { number: '0120' }], [plain])).toEqual([{ number: '0120' }])
  })
})

describe('hub view models', () => {
  it('carrier hub: every task in order, with or without a guide, and the hint once above the task cards', () => {
    const view = carrierHubView(
      carrier(hubs, 'sample'),
      hubs.guides.filter((guide) => guide.carrier === 'sample'),
    )
    expect(view.tasks.map(({ task, guide }) => [task, Boolean(guide)])).toEqual([
      ['check-data', true],
      ['check-balance', true],
      ['top-up', true],
      ['renew', false],
    ])
    expect(view).toMatchObject({ iosHint: true, contactsIosHint: false, hasContacts: true })
  })

  it('carrier hub: the hint goes beside the contacts when only a contact number needs it', () => {
    const quiet = { ...carrier(hubs, 'other'), hotlines: [{ number: '*888', callers: 'own-sim' }] } as Carrier
    expect(carrierHubView(quiet, [])).toMatchObject({ iosHint: false, contactsIosHint: true })
  })

  it('method hub: carriers grouped by country, each action once, carriers without one left out', () => {
    const view = methodHubView('ussd', uses(hubs, 'ussd'), hubs.carriers)
    expect(
      view.countries.map(({ country, carriers }) => [
        country,
        carriers.map((card) => [card.carrier.id, card.actions.length]),
      ]),
    ).toEqual([['JP', [['sample', 2]]]])
    expect(view.iosHint).toBe(true)
  })

  it('method hub for hotlines: lists the registry numbers no guide shows', () => {
    const view = methodHubView('hotline', uses(cards, 'hotline'), cards.carriers)
    const sample = view.countries.flatMap(({ carriers }) => carriers).find((card) => card.carrier.id === 'sample')!
    expect(sample.contacts.map((line) => line.number)).toEqual(['151'])
  })

  it('task hub: per country, the carriers with a guide for the task and those without', () => {
    const view = taskHubView('top-up', hubs.guides, hubs.carriers)
    expect(
      view.countries.map(({ country, covered, missing }) => [
        country,
        covered.map(({ carrier }) => carrier.id),
        missing.map(({ id }) => id),
      ]),
    ).toEqual([
      ['PH', [], ['other']],
      ['JP', ['sample'], []],
    ])
    expect(view.iosHint).toBe(true)
  })
})

describe('the card view', () => {
  it('says whether the card is empty, what it holds and whether the page states the hint', () => {
    expect(cardView(carrier(cards, 'sample'), cards.guides)).toMatchObject({
      empty: false,
      withoutData: true,
      iosHint: true,
    })
    expect(cardView(carrier(cards, 'quiet'), cards.guides)).toMatchObject({
      empty: false,
      withoutData: false,
      iosHint: false,
    })
    expect(cardView(carrier(cards, 'wired'), cards.guides)).toMatchObject({ empty: true, withoutData: false })
  })

  it('labels the Wi-Fi ways "needs Wi-Fi" itself, so their "needs data" badge goes', () => {
    const { card } = cardView(carrier(cards, 'quiet'), cards.guides)
    expect(card.overWifi.map(({ section }) => [section.kind, section.conditions])).toEqual([['app', []]])
  })
})
