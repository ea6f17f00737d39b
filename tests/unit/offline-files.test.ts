import { describe, expect, it } from 'vitest'
import { isSavedCacheName, savedCacheName } from '../../lib/offline/cache-names'
import { format } from '../../lib/i18n/format'
import { formatBytes } from '../../lib/offline/format'
import { carrierPagePaths, pageAssets } from '../../lib/offline/page-files'
import { pageList } from '../../lib/page-list'
import type { Carrier } from '../../lib/schema/carrier'
import type { Content, Guide } from '../../lib/schema/content'
import { EMPTY_IDENTIFY } from '../../lib/schema/identify'

describe('what "Save for my trip" stores', () => {
  const carrier = (id: string) =>
    ({
      id,
      name: { zh: id, en: id },
      aliases: [],
      country: 'JP',
      kind: 'mno',
      hotlines: [],
      apps: [],
    }) as unknown as Carrier
  const guide = (locale: 'zh' | 'en', id: string) =>
    ({
      locale,
      carrier: id,
      task: 'top-up',
      updated: '2026-01-01',
      methods: [{ kind: 'app', name: 'x', stores: [], conditions: [] }],
    }) as unknown as Guide
  const content: Content = {
    carriers: [carrier('au'), carrier('aux')],
    guides: [guide('zh', 'au'), guide('en', 'au'), guide('zh', 'aux')],
    topics: [],
    identify: EMPTY_IDENTIFY,
  }

  it('takes a carrier’s hub, card, guides and method pages in one language, and nothing of a carrier whose id merely starts the same', () => {
    expect(carrierPagePaths(pageList(content), 'zh', 'au')).toEqual([
      '/zh/au',
      '/zh/au/card',
      '/zh/au/top-up',
      '/zh/au/top-up/app',
    ])
  })

  it('reads the files a published page loads from its HTML, but not legacy scripts nor an inlined icon', () => {
    const html = [
      '<!DOCTYPE html><html><head>',
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
      '<link rel="preload" href="/_next/static/media/f.woff2" as="font" crossorigin=""/>',
      '<link rel="icon" href="/icon.svg?icon.123.svg" sizes="any" type="image/svg+xml"/>',
      '<link rel="canonical" href="/zh/smart"/>',
      '</head><body><a href="/zh/smart/top-up">top up</a>',
      '<script src="/_next/static/chunks/legacy.js" noModule=""></script>',
      '<script type="application/ld+json">{"url":"/_next/static/not-a-file.js"}</script>',
      '<script src="/islands/copy.js" defer=""></script><script src="/islands/copy.js" defer=""></script>',
      '</body></html>',
    ].join('')
    expect(pageAssets(html)).toEqual([
      '/_next/static/chunks/a.css',
      '/_next/static/media/f.woff2',
      '/icon.svg?icon.123.svg',
      '/islands/copy.js',
    ])
    expect(pageAssets('<link rel="icon" href="data:image/svg+xml,%3Csvg%3E"/>')).toEqual([])
  })

  it('names one cache per carrier and language, which the worker can tell from its own caches', () => {
    expect(savedCacheName('en', 'smart')).not.toBe(savedCacheName('zh', 'smart'))
    expect(isSavedCacheName(savedCacheName('zh', 'smart'))).toBe(true)
    expect(['pages', 'static', 'serwist-precache-v2-http://localhost/'].some(isSavedCacheName)).toBe(false)
  })
})

describe('how sizes and messages read', () => {
  it('shows sizes in decimal units with two significant figures at most', () => {
    expect(formatBytes(931_400, 'en')).toBe('930 kB')
    expect(formatBytes(1_234_567, 'en')).toBe('1.2 MB')
    expect(formatBytes(12_400_000, 'zh')).toBe('12 MB')
    expect(formatBytes(200, 'en')).toBe('1 kB')
  })

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('Saving… {done} of {count}', { done: 3, count: 12 })).toBe('Saving… 3 of 12')
    expect(format('{missing}', {})).toBe('{missing}')
    const guides = { one: '{count} guide', other: '{count} guides' }
    expect([
      format(guides, { count: 1 }, 'en'),
      format(guides, { count: 2 }, 'en'),
      format(guides, { count: 1 }, 'zh'),
    ]).toEqual(['1 guide', '2 guides', '1 guides'])
  })
})
