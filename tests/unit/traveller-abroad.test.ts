import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'
import { HotlineNumbers, registryNumbers } from '../../components/actions/hotline-numbers'
import { MethodAction } from '../../components/actions/method-action'
import { MethodCard } from '../../components/guide/method-section'
import { MethodHubCard } from '../../components/hubs/method-hub-card'
import { carrierCard } from '../../lib/card'
import { distinctActions } from '../../lib/hubs'
import { format, getDictionary, LOCALES, type Locale } from '../../lib/i18n'
import { pricesOf } from '../../lib/pipeline/checks/prices'
import { loadContent } from '../../lib/pipeline/load-content'
import { isNationalFreephone, type HotlineNumber } from '../../lib/schema/common'
import type { Content, Guide } from '../../lib/schema/content'
import { methodSectionSchema, type Condition, type MethodSection } from '../../lib/schema/method'
import { freshCacheDir, ROOT } from './helpers'

/**
 * What a traveller abroad reads on the real content: where each number can be called from, whose
 * badges an action shows, when a price was seen, and that every text to send is findable as SMS.
 */
let content: Content
beforeAll(async () => {
  content = (await loadContent({ root: ROOT, cacheDir: freshCacheDir() })).content
})

const html = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element)
/** Every phone number the site shows: the carriers' contacts and every hotline section, with where it is shown. */
function everyNumber(): Array<{ where: string; entry: HotlineNumber }> {
  return [
    ...content.carriers.flatMap((carrier) =>
      carrier.hotlines.map((entry) => ({ where: `content/carriers/${carrier.id}.yaml`, entry })),
    ),
    ...content.guides.flatMap((guide) =>
      guide.methods.flatMap((section) =>
        section.kind === 'hotline' ? section.numbers.map((entry) => ({ where: guide.file, entry })) : [],
      ),
    ),
  ]
}
/** The rendered list item of one number (numbers render as <li> in HotlineNumbers). */
function renderedNumber(entry: HotlineNumber, locale: Locale): string {
  return html(createElement(HotlineNumbers, { numbers: [entry], t: getDictionary(locale) }))
}
/** The badge texts inside a piece of markup. */
const badgeTexts = (markup: string) =>
  [...markup.matchAll(/<li class="badge[^"]*">([^<]*)<\/li>/g)].map((match) => match[1])
const conditionLabels = (conditions: Condition[], locale: Locale) =>
  conditions.map((condition) => getDictionary(locale).conditions[condition])

describe('hotlines say who can call them from where', () => {
  it('never presents a national freephone number (0120, 0077, 0800…) as callable from abroad', () => {
    const freephones = everyNumber().filter(({ entry }) => isNationalFreephone(entry.number))
    expect(freephones.length).toBeGreaterThanOrEqual(4)
    for (const { where, entry } of freephones) {
      expect(entry.abroad, `${where} ${entry.number}`).toBe('no')
      expect(entry.international, `${where} ${entry.number}`).toBeUndefined()
      for (const locale of LOCALES) {
        const markup = renderedNumber(entry, locale)
        expect(markup, `${where} ${entry.number}`).toContain(getDictionary(locale).reach.abroad.no)
        expect(markup, `${where} ${entry.number}`).not.toMatch(/href="tel:\+/)
      }
    }
  })

  it('refuses a freephone number marked as callable from abroad (the check can fail)', () => {
    const section = (entry: object) =>
      methodSectionSchema.safeParse({ kind: 'hotline', cost: 'free', numbers: [entry] })
    expect(
      section({ number: '0120-800-000', callers: 'any-phone', abroad: 'free', international: '+81-120-800-000' })
        .success,
    ).toBe(false)
    expect(section({ number: '0077-7-111', callers: 'abroad', abroad: 'charged' }).success).toBe(false)
    expect(section({ number: '+81-92-687-0025', callers: 'abroad', abroad: 'charged' }).success).toBe(true)
  })

  it('shows for every number who may call it and whether it works from abroad, in both languages', () => {
    const numbers = everyNumber()
    expect(numbers.length).toBeGreaterThan(8)
    for (const { where, entry } of numbers) {
      for (const locale of LOCALES) {
        const t = getDictionary(locale)
        const markup = renderedNumber(entry, locale)
        expect(markup, `${where} ${entry.number}`).toContain(t.reach.callers[entry.callers])
        expect(markup, `${where} ${entry.number}`).toContain(t.reach.abroad[entry.abroad])
        if (entry.international) expect(markup).toContain(`href="tel:${entry.international.replace(/[^0-9+]/g, '')}"`)
      }
    }
    // The carrier page's own list (with notes and hours) says the same.
    const docomo = content.carriers.find((carrier) => carrier.id === 'docomo')!
    const hub = html(
      createElement(HotlineNumbers, { numbers: registryNumbers(docomo.hotlines, 'en'), t: getDictionary('en') }),
    )
    expect(hub).toContain('Cannot be called from abroad')
  })

  it('puts on the out-of-data card every number that can be called from abroad, and no freephone', () => {
    const fromAbroad = (id: string) =>
      carrierCard(
        content.carriers.find((carrier) => carrier.id === id)!,
        content.guides.filter((guide) => guide.locale === 'en'),
      ).fromAbroad.map((line) => line.international)
    expect(fromAbroad('softbank')).toEqual(['+81-92-687-0025'])
    expect(fromAbroad('au')).toEqual(['+81-3-6670-6944'])
    expect(fromAbroad('docomo')).toEqual([])
  })
})

describe('each action shows its own badges', () => {
  const routed = () =>
    content.guides.flatMap((guide) =>
      guide.methods
        .filter((section) => section.kind === 'voucher' || section.kind === 'sms')
        .map((section) => ({ guide, section })),
    )

  it('puts conditions on each route of a voucher or SMS section, never on the section for all of them', () => {
    expect(routed().length).toBeGreaterThan(0)
    for (const { guide, section } of routed()) {
      if (section.kind === 'voucher' && !section.dial?.length) continue
      expect(section.conditions, `${guide.file} ${section.kind}`).toEqual([])
    }
  })

  it('renders each call and each text with exactly its own conditions', () => {
    for (const { guide, section } of routed()) {
      const markup = html(
        createElement(MethodAction, { section, t: getDictionary(guide.locale), locale: guide.locale }),
      )
      const chunks = markup.split('class="sub-action').slice(1)
      const routes = section.kind === 'voucher' ? (section.dial ?? []) : section.messages
      expect(chunks.length, guide.file).toBe(routes.length)
      routes.forEach((route, index) => {
        const shown = badgeTexts(chunks[index])
        const own = conditionLabels(route.conditions, guide.locale)
        for (const label of own) expect(shown, `${guide.file} route ${index}`).toContain(label)
        for (const label of Object.values(getDictionary(guide.locale).conditions)) {
          if (!own.includes(label)) expect(shown, `${guide.file} route ${index}`).not.toContain(label)
        }
      })
    }
  })

  it('Smart: only the text and *133# work while roaming; TNT dials 1511, not 1510', () => {
    for (const locale of LOCALES) {
      const topUp = content.guides.find(
        (guide) => guide.locale === locale && guide.carrier === 'smart' && guide.task === 'top-up',
      )!
      const voucher = topUp.methods.find((section) => section.kind === 'voucher')!
      expect(
        voucher.kind === 'voucher' && voucher.dial?.map((route) => [route.label, route.number, route.conditions]),
      ).toEqual([
        ['Smart Prepaid', '1510', []],
        ['TNT', '1511', []],
      ])
      const works = (section: MethodSection) => section.conditions.includes('works-abroad')
      expect(topUp.methods.filter(works).map((section) => section.kind)).toEqual(['ussd'])
      const sms = topUp.methods.find((section) => section.kind === 'sms')!
      const reload =
        sms.kind === 'sms'
          ? sms.messages.find((message) => message.to === '1510' && message.sender === 'you')
          : undefined
      expect(reload?.conditions).toEqual(['works-abroad', 'charged-from-abroad'])
    }
  })
})

describe('prices carry the date of their source', () => {
  it('shows the date of every price on the page', () => {
    let count = 0
    for (const guide of content.guides) {
      // That each price has a date from a cited source is the content check's (lib/pipeline/checks/prices.ts).
      count += pricesOf(guide.methods).length
      for (const section of guide.methods.filter((candidate) => candidate.price)) {
        const markup = html(
          createElement(MethodCard, { section, t: getDictionary(guide.locale), locale: guide.locale }),
        )
        const t = getDictionary(guide.locale)
        const expected = format(section.priceSource!.date ? t.reach.asOf : t.reach.readOn, { date: '' })
        expect(markup, guide.file).toContain(expected.trim().split(' ')[0])
      }
    }
    expect(count).toBeGreaterThan(30)
  })
})

describe('every SMS action is findable as SMS', () => {
  /** The SMS hub's cards, built the way the page builds them. */
  const smsHub = (locale: Locale) =>
    content.carriers
      .map((carrier) => {
        const uses = content.guides
          .filter((guide) => guide.locale === locale && guide.carrier === carrier.id)
          .flatMap((guide) =>
            guide.methods.filter((section) => section.kind === 'sms').map((section) => ({ guide, section })),
          )
        return html(
          createElement(MethodHubCard, {
            t: getDictionary(locale),
            locale,
            carrier,
            actions: distinctActions(uses),
            contacts: [],
          }),
        )
      })
      .join('\n')

  it('lists every text a guide tells a traveller to send on the SMS hub, with its prefilled link', () => {
    for (const locale of LOCALES) {
      const hub = smsHub(locale)
      const messages = content.guides
        .filter((guide: Guide) => guide.locale === locale)
        .flatMap((guide) => guide.methods.flatMap((section) => (section.kind === 'sms' ? section.messages : [])))
      expect(messages.length).toBeGreaterThanOrEqual(3)
      for (const message of messages) {
        const escaped = message.body.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
        expect(hub, message.body).toContain(`<span class="sms-to">${message.to}</span>`)
        expect(hub, message.body).toContain(escaped)
        // A text the traveller sends opens prefilled; one a friend sends (Pasaload) is shown to pass on.
        const link = `href="sms:${message.to}?body=${encodeURIComponent(message.body)}"`
        if (message.sender === 'you') expect(hub, message.body).toContain(link)
        else expect(hub, message.body).not.toContain(link)
      }
      // RELOAD <PIN> to 1510, and Pasaload and PasaData to 808, are all there.
      expect(messages.map((message) => `${message.to} ${message.body.split(' ')[0]}`)).toEqual(
        expect.arrayContaining(['1510 RELOAD', '808 PASADATA']),
      )
      expect(messages.filter((message) => message.to === '808').length).toBeGreaterThanOrEqual(2)
    }
  })
})

describe('the roaming reader of the Smart check-data guide', () => {
  it('gets a way that works abroad and what to try when the code does not respond, in both languages', () => {
    for (const locale of LOCALES) {
      const t = getDictionary(locale)
      const guide = content.guides.find(
        (candidate) => candidate.locale === locale && candidate.carrier === 'smart' && candidate.task === 'check-data',
      )!
      // Right under the code, before its steps: the ways that do not depend on it abroad.
      expect(guide.body.text.methods.ussd).toMatch(/Wi-Fi/)
      expect(guide.body.text.methods.ussd).toContain('*888')
      expect(guide.methods.map((section) => section.kind)).toEqual(expect.arrayContaining(['app', 'website']))
      const ussd = guide.methods.find((section) => section.kind === 'ussd')!
      const markup = html(createElement(MethodCard, { section: ussd, t, locale }))
      expect(markup).toContain(t.reach.notResponding)
      for (const step of t.reach.notRespondingSteps) expect(markup).toContain(step)
      // Its cost abroad is not documented, and the page says so instead of staying silent.
      expect(badgeTexts(markup)).toContain(t.reach.roamingNotDocumented)
    }
  })
})
