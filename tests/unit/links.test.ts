import { describe, expect, it } from 'vitest'
import { bestLocale } from '../../lib/i18n/negotiate'
import { smsHref, telHref } from '../../lib/links'

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

describe('choosing a locale from Accept-Language', () => {
  it.each([
    ['', 'zh'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-TW,zh;q=0.9,en;q=0.8', 'zh'],
    ['ja-JP,en;q=0.5,zh;q=0.7', 'zh'],
    ['fr-FR, en;q=0.1', 'en'],
    ['de', 'zh'],
    ['en;q=0, zh;q=0.2', 'zh'],
    ['garbage;;;q=x', 'zh'],
  ])('%j → %s', (header, expected) => {
    expect(bestLocale(header)).toBe(expected)
  })
})
