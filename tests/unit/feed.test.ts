import { describe, expect, it } from 'vitest'
import { atomFeed, recentFirst, type FeedEntry } from '../../lib/feed'

const entry = (title: string, updated: string): FeedEntry => ({
  url: `https://sim-helper.example/zh/${encodeURIComponent(title)}`,
  title,
  summary: `${title} summary`,
  updated,
})

describe('the Atom feed', () => {
  it('lists the newest guides first and stops at the limit', () => {
    const entries = [
      entry('b', '2026-01-02'),
      entry('a', '2026-03-01'),
      entry('c', '2026-01-02'),
      entry('d', '2025-12-31'),
    ]
    expect(recentFirst(entries, 3).map((item) => item.title)).toEqual(['a', 'b', 'c'])
  })

  it('dates the feed by its newest entry, in RFC 3339', () => {
    const xml = atomFeed({
      title: 'T',
      subtitle: 'S',
      language: 'zh-Hans',
      selfUrl: 'https://x.example/zh/feed.xml',
      homeUrl: 'https://x.example/zh',
      author: 'SIM 助手',
      entries: [entry('a', '2026-03-01'), entry('b', '2026-01-02')],
    })
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-Hans">')
    expect(xml.match(/<updated>([^<]+)<\/updated>/)?.[1]).toBe('2026-03-01T00:00:00Z')
    expect(xml.match(/<entry>/g)).toHaveLength(2)
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://x.example/zh/feed.xml"/>')
  })

  it('escapes every text, so a title cannot inject markup', () => {
    const xml = atomFeed({
      title: 'A & B',
      subtitle: '<i>',
      language: 'en',
      selfUrl: 'https://x.example/f?a=1&b=2',
      homeUrl: 'https://x.example',
      author: 'x',
      entries: [entry('<script>"1"</script>', '2026-01-01')],
    })
    expect(xml).not.toContain('<script>')
    expect(xml).not.toContain('<i>')
    expect(xml).toContain('<title>&lt;script&gt;&quot;1&quot;&lt;/script&gt;</title>')
    expect(xml).toContain('href="https://x.example/f?a=1&amp;b=2"')
  })
})
