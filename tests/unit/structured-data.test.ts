import { beforeAll, describe, expect, it } from 'vitest'
import { loadContent } from '../../lib/pipeline/load-content'
import type { Content } from '../../lib/schema/content'
import { breadcrumbList, carrierOrganization, guideArticle, serializeJsonLd } from '../../lib/structured-data'
import { fixture, freshCacheDir, ROOT } from './helpers'

let content: Content
beforeAll(async () => {
  content = (await loadContent({ root: ROOT, contentDir: fixture('valid'), cacheDir: freshCacheDir() })).content
})

describe('JSON-LD', () => {
  it('numbers the breadcrumb trail from 1 with absolute URLs', () => {
    const list = breadcrumbList([
      { name: '首页', href: '/zh' },
      { name: 'Smart', href: '/zh/smart' },
    ])
    expect(list).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: '首页', item: 'http://localhost:3000/zh' },
        { '@type': 'ListItem', position: 2, name: 'Smart', item: 'http://localhost:3000/zh/smart' },
      ],
    })
  })

  it('describes a guide as an Article about its carrier, in its language, with its last change', () => {
    const guide = content.guides.find((candidate) => candidate.locale === 'zh')!
    const article = guideArticle({
      guide,
      carrier: content.carriers[0],
      image: '/zh/sample/check-data/opengraph-image',
    })
    expect(article).toMatchObject({
      '@type': 'Article',
      headline: '样例电信怎么查剩余流量',
      inLanguage: 'zh-Hans',
      dateModified: '2026-11-01',
      mainEntityOfPage: 'http://localhost:3000/zh/sample/check-data',
      image: 'http://localhost:3000/zh/sample/check-data/opengraph-image',
      publisher: { '@type': 'Organization', name: 'SIM 助手', url: 'http://localhost:3000/zh' },
      about: { '@type': 'Organization', name: '样例电信', url: 'https://example.com/' },
    })
  })

  it('names the carrier in the other languages, never by the misspellings travellers search with', () => {
    const organization = carrierOrganization(content.carriers[0], 'en')
    expect(organization.alternateName).toEqual(['样例电信', '樣例電信'])
    expect(JSON.stringify(organization)).not.toMatch(/sampel|サンプル/)
  })

  it('lists a carrier hotline as a customer-service contact point', () => {
    expect(carrierOrganization(content.carriers[0], 'en')).toMatchObject({
      name: 'Sample Telecom',
      contactPoint: [{ '@type': 'ContactPoint', telephone: '151', contactType: 'customer service', areaServed: 'JP' }],
    })
  })

  it('cannot be broken out of its <script> element by the text it carries', () => {
    const hostile = { headline: '</script><script>alert(1)</script> & <!--' }
    const json = serializeJsonLd(hostile)
    expect(json).not.toMatch(/[<>&]/)
    expect(JSON.parse(json)).toEqual(hostile)
  })
})
