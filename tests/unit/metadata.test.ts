import { describe, expect, it } from 'vitest'
import { methodAction } from '../../lib/method-action'
import { hreflang, type PageVersion, pageMetadata } from '../../lib/page-list'

type SitePage = { versions: PageVersion[] }

const both: SitePage = {
  versions: [
    { locale: 'zh', path: '/zh/smart/top-up', updated: '2026-11-21' },
    { locale: 'en', path: '/en/smart/top-up', updated: '2026-11-20' },
  ],
}
const englishOnly: SitePage = { versions: [{ locale: 'en', path: '/en/smart/renew' }] }

describe('pageMetadata', () => {
  it('points the canonical URL at the page itself and lists each translation plus x-default', () => {
    const meta = pageMetadata({
      locale: 'en',
      title: 'How to top up Smart',
      description: 'Reload a Smart prepaid SIM.',
      versions: both.versions,
    })
    expect(meta.alternates?.canonical).toBe('/en/smart/top-up')
    expect(meta.alternates?.languages).toEqual({
      'zh-Hans': '/zh/smart/top-up',
      en: '/en/smart/top-up',
      'x-default': '/zh/smart/top-up',
    })
    expect(String(meta.metadataBase)).toBe('http://localhost:3000/')
  })

  it('never lists a translation that does not exist', () => {
    const meta = pageMetadata({
      locale: 'en',
      title: 'Keep a Smart SIM active',
      description: 'Renew.',
      versions: englishOnly.versions,
    })
    expect(meta.alternates?.languages).toEqual({ en: '/en/smart/renew', 'x-default': '/en/smart/renew' })
    expect(meta.openGraph).toMatchObject({ alternateLocale: [] })
  })

  it('refuses to describe a page in a language it does not exist in', () => {
    expect(() => pageMetadata({ locale: 'zh', title: 'x', description: 'y', versions: englishOnly.versions })).toThrow(
      /no zh version/,
    )
  })

  it('adds the site name once and fills Open Graph and the Twitter card', () => {
    const meta = pageMetadata({
      locale: 'zh',
      title: 'Smart 预付费卡怎么充值',
      description: '给 Smart 充值。',
      versions: both.versions,
      image: '/zh/smart/top-up/opengraph-image',
      article: { modified: '2026-11-21', section: 'Smart · 充值' },
    })
    expect(meta.title).toEqual({ absolute: 'Smart 预付费卡怎么充值 | SIM 助手' })
    expect(
      pageMetadata({ locale: 'zh', title: 'SIM 助手：首页', description: 'd', versions: both.versions }).title,
    ).toEqual({
      absolute: 'SIM 助手：首页',
    })
    expect(meta.openGraph).toMatchObject({
      type: 'article',
      url: '/zh/smart/top-up',
      locale: 'zh_CN',
      alternateLocale: ['en_US'],
      modifiedTime: '2026-11-21',
      siteName: 'SIM 助手',
    })
    expect(meta.openGraph?.images).toEqual([
      expect.objectContaining({ url: '/zh/smart/top-up/opengraph-image', width: 1200, height: 630 }),
    ])
    expect(meta.twitter).toMatchObject({
      card: 'summary_large_image',
      title: 'Smart 预付费卡怎么充值',
      description: '给 Smart 充值。',
    })
  })

  it('marks a page noindex only when asked', () => {
    expect(
      pageMetadata({ locale: 'en', title: 'Search', description: 'd', versions: both.versions }).robots,
    ).toBeUndefined()
    expect(
      pageMetadata({ locale: 'en', title: 'Search', description: 'd', versions: both.versions, noindex: true }).robots,
    ).toEqual({ index: false, follow: true })
  })

  it("uses the locale's site card when a page has no image of its own", () => {
    const meta = pageMetadata({ locale: 'en', title: 'Hotline', description: 'd', versions: both.versions })
    expect(meta.openGraph?.images).toEqual([expect.objectContaining({ url: '/en/opengraph-image' })])
    expect(meta.openGraph).toMatchObject({ type: 'website' })
  })
})

describe('hreflang', () => {
  it('falls back to the only version for x-default when the primary language is missing', () => {
    expect(hreflang(englishOnly.versions)['x-default']).toBe('/en/smart/renew')
  })
})

describe('methodAction', () => {
  it('names the thing to dial, text, open or visit', () => {
    expect(methodAction({ kind: 'ussd', code: '*133#', cost: 'free', conditions: [], confidence: 'high' })).toBe(
      '*133#',
    )
    expect(
      methodAction({
        kind: 'sms',
        messages: [
          { to: '1510', body: 'RELOAD <PIN>', sender: 'you', conditions: [] },
          { to: '808', body: '<number> <amount>', sender: 'friend', conditions: [] },
        ],
        cost: 'free',
        conditions: [],
        confidence: 'high',
      }),
    ).toBe('RELOAD <PIN> → 1510 / <number> <amount> → 808')
    expect(
      methodAction({
        kind: 'hotline',
        numbers: [
          { number: '151', callers: 'own-sim', abroad: 'not-documented' },
          { number: '0120-800-000', callers: 'any-phone', abroad: 'no' },
        ],
        cost: 'free',
        conditions: [],
        confidence: 'high',
      }),
    ).toBe('151 / 0120-800-000')
    expect(methodAction({ kind: 'app', name: 'GigaLife', cost: 'free', conditions: [], confidence: 'high' })).toBe(
      'GigaLife',
    )
  })
})
