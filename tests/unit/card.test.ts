import { beforeAll, describe, expect, it } from 'vitest'
import { carrierCard, isEmptyCard, worksOverWifi, worksWithoutData } from '../../lib/card'
import { loadContent } from '../../lib/pipeline/load-content'
import type { Content } from '../../lib/schema/content'
import type { MethodSection } from '../../lib/schema/method'
import { fixture, freshCacheDir, ROOT, TODAY } from './helpers'

let content: Content
beforeAll(async () => {
  content = (await loadContent({ root: ROOT, contentDir: fixture('card'), cacheDir: freshCacheDir(), today: TODAY }))
    .content
})

const cardOf = (id: string) => carrierCard(content.carriers.find((carrier) => carrier.id === id)!, content.guides)
/** A section as a traveller reads it on the card: its kind and the thing to dial, text or find. */
const label = (section: MethodSection) =>
  section.kind === 'ussd'
    ? section.code
    : section.kind === 'sms'
      ? section.messages.map((message) => `${message.to} ${message.body}`).join(' / ')
      : section.kind === 'hotline'
        ? section.numbers[0].number
        : `${section.kind}: ${'name' in section ? section.name : section.where}`

describe('the out-of-data card', () => {
  it('lists every code, text and number once, codes first, with every task it serves', () => {
    const { codes } = cardOf('sample')
    expect(codes.map(({ section, guides }) => [label(section), guides.map((guide) => guide.task).sort()])).toEqual([
      ['*123#', ['check-balance', 'check-data']],
      ['1234 BAL', ['check-balance']],
      ['1510 LOAD <PIN> / 808 <NUMBER> <AMOUNT>', ['top-up']],
      ['03-0000-0000', ['check-data']],
    ])
  })

  it('offers the top-ups that need no data, and leaves out apps, websites and anything marked needs-data', () => {
    const { topUps } = cardOf('sample')
    expect(topUps.map(({ section, guides }) => [label(section), guides.map((guide) => guide.task).sort()])).toEqual([
      ['voucher: Sample card', ['renew', 'top-up']],
      ["third-party: A friend's transfer", ['top-up']],
      ['store: Convenience stores', ['top-up']],
    ])
  })

  it('adds the carrier’s hotlines that no guide lists, and each number that can be dialled from abroad, once', () => {
    const card = cardOf('sample')
    expect(card.contacts.map((line) => line.number)).toEqual(['151'])
    expect(card.fromAbroad.map((line) => line.international)).toEqual(['+81-3-0000-0000'])
  })

  it('adds each app and website that works over Wi-Fi once, apps first, with every task it serves', () => {
    const { overWifi } = cardOf('sample')
    expect(overWifi.map(({ section, guides }) => [label(section), guides.map((guide) => guide.task).sort()])).toEqual([
      ['app: Sample App', ['check-data', 'renew']],
      ['website: My Sample', ['top-up']],
    ])
  })

  it('keeps a site that must run over the SIM with Wi-Fi off off the Wi-Fi list', () => {
    const site = content.guides.find((guide) => guide.carrier === 'wired')!.methods[0]
    expect(worksOverWifi(site)).toBe(false)
    expect(cardOf('wired').overWifi).toEqual([])
  })

  it('is empty only when nothing works without data and nothing over Wi-Fi', () => {
    expect(isEmptyCard(cardOf('sample'))).toBe(false)
    expect(worksWithoutData(cardOf('quiet'))).toBe(false)
    expect(isEmptyCard(cardOf('quiet'))).toBe(false)
    expect(isEmptyCard(cardOf('wired'))).toBe(true)
  })
})
