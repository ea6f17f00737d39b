import { describe, expect, it } from 'vitest'
import { bestLocale } from '../../lib/i18n/negotiate'
import { dialsFromLinkOnIos, displayHost, hasPlaceholder, needsIosHint, smsHref, telHref } from '../../lib/links'
import { methodSectionSchema } from '../../lib/schema/method'

describe('tel: and sms: links', () => {
  it('keeps only dialable characters and encodes # so Android does not cut the number', () => {
    expect(telHref('0120-800-000')).toBe('tel:0120800000')
    expect(telHref('*123#')).toBe('tel:*123%23')
    expect(telHref('+63 2 888 1111')).toBe('tel:+6328881111')
  })

  it('prefills the SMS body in RFC 5724 form', () => {
    expect(smsHref('1510', 'RELOAD <PIN>')).toBe('sms:1510?body=RELOAD%20%3CPIN%3E')
  })
})

describe('what a phone can dial from a link', () => {
  it('lets iPhones dial plain numbers but not codes with * or #', () => {
    expect(dialsFromLinkOnIos('0120-800-000')).toBe(true)
    expect(dialsFromLinkOnIos('+81 3 1234 5678')).toBe(true)
    expect(dialsFromLinkOnIos('*123#')).toBe(false)
    expect(dialsFromLinkOnIos('*888')).toBe(false)
  })

  it('asks a page for the iPhone hint only when a method shows such a code', () => {
    const section = (data: object) => methodSectionSchema.parse({ cost: 'free', ...data })
    expect(needsIosHint(section({ kind: 'ussd', code: '*133#' }))).toBe(true)
    expect(
      needsIosHint(
        section({
          kind: 'hotline',
          numbers: [
            { number: '151', callers: 'own-sim', abroad: 'no' },
            { number: '*888', callers: 'own-sim', abroad: 'not-documented' },
          ],
        }),
      ),
    ).toBe(true)
    expect(
      needsIosHint(section({ kind: 'hotline', numbers: [{ number: '151', callers: 'own-sim', abroad: 'no' }] })),
    ).toBe(false)
    expect(needsIosHint(section({ kind: 'voucher', name: 'Card', dial: [{ number: '1510' }] }))).toBe(false)
    expect(
      needsIosHint(section({ kind: 'voucher', name: 'Card', dial: [{ number: '1510' }, { number: '*1511' }] })),
    ).toBe(true)
    expect(needsIosHint(section({ kind: 'sms', messages: [{ to: '1510', body: 'RELOAD <PIN>' }] }))).toBe(false)
  })

  it('spots placeholders the traveller must replace, and shows a link by its host', () => {
    expect(hasPlaceholder('RELOAD <14-digit PIN>')).toBe(true)
    expect(hasPlaceholder('PASADATA 09171234567 50')).toBe(false)
    expect(displayHost('https://www.softbank.jp/mysoftbank/')).toBe('softbank.jp')
  })
})

describe('choosing a locale from Accept-Language', () => {
  it.each([
    ['', 'zh'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-TW,zh;q=0.9,en;q=0.8', 'zh-hant'],
    ['zh-HK', 'zh-hant'],
    ['zh-MO,en;q=0.5', 'zh-hant'],
    ['zh-Hant', 'zh-hant'],
    ['zh-Hant-SG', 'zh-hant'],
    ['zh-Hans-HK', 'zh'],
    ['zh-CN,zh-TW;q=0.8', 'zh'],
    ['zh-SG', 'zh'],
    ['en;q=0.9,zh-tw', 'zh-hant'],
    ['ja-JP,en;q=0.5,zh;q=0.7', 'zh'],
    ['fr-FR, en;q=0.1', 'en'],
    ['de', 'zh'],
    ['en;q=0, zh;q=0.2', 'zh'],
    ['garbage;;;q=x', 'zh'],
  ])('%j → %s', (header, expected) => {
    expect(bestLocale(header)).toBe(expected)
  })
})
