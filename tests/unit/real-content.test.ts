import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadContent, type LoadResult } from '../../lib/pipeline/load-content'
import { TASKS } from '../../lib/schema/task'
import { freshCacheDir, ROOT } from './helpers'

/** The whole real content/ folder: a broken article fails CI here, with every problem listed. */
let result: LoadResult
beforeAll(async () => {
  result = await loadContent({ root: ROOT, cacheDir: freshCacheDir() })
})

describe('the real content', () => {
  it('loads without errors and every guide belongs to a registered carrier', () => {
    const carriers = new Set(result.content.carriers.map((carrier) => carrier.id))
    expect(result.content.guides.length).toBeGreaterThan(0)
    for (const guide of result.content.guides) expect(carriers, guide.file).toContain(guide.carrier)
  })

  it('covers the seed topics: Smart check data, top up, renew; docomo, SoftBank and au check data', () => {
    const zh = result.content.guides.filter((guide) => guide.locale === 'zh').map((guide) => `${guide.carrier}/${guide.task}`)
    expect(zh).toEqual(expect.arrayContaining(['smart/check-data', 'smart/top-up', 'smart/renew', 'docomo/check-data', 'softbank/check-data', 'au/check-data']))
    const en = result.content.guides.filter((guide) => guide.locale === 'en')
    expect(en.length).toBeGreaterThanOrEqual(2)
  })

  it('has the four general topics in both languages', () => {
    for (const locale of ['zh', 'en'] as const) {
      const slugs = result.content.topics.filter((topic) => topic.locale === locale).map((topic) => topic.slug)
      expect(slugs).toEqual(expect.arrayContaining(['which-carrier', 'save-roaming-data', 'prepaid-vs-postpaid', 'top-up-safely']))
    }
  })

  it('lists official sources before third-party ones and gives every method block a declared method', () => {
    for (const article of [...result.content.guides, ...result.content.topics]) {
      const firstThirdParty = article.sources.findIndex((source) => !source.official)
      const lastOfficial = article.sources.map((source) => source.official).lastIndexOf(true)
      if (firstThirdParty !== -1) expect(lastOfficial, article.file).toBeLessThan(firstThirdParty)
    }
    for (const guide of result.content.guides) expect(TASKS).toContain(guide.task)
  })

  it("never repeats the seed articles' false claims or promotional links", () => {
    const files = readdirSync(path.join(ROOT, 'content'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
    const text = files.map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8')).join('\n')
    for (const forbidden of ['t.me/', 'esim1088', 'donk5151', '1234567890#', '0800-919-0157', '0120-005-250', '*121#', '?1515']) {
      expect(text).not.toContain(forbidden)
    }
    expect(text).not.toMatch(/\b104\b/) // docomo's "104 hotline" is the charged directory service
    expect(text).not.toMatch(/\b(STATUS|BALANCE)\b/) // not Smart balance keywords
    // 1511 is TNT's card-reload number (Philippines), never SoftBank's hotline.
    const softbank = files.filter((entry) => entry.parentPath.includes('softbank') || entry.name.startsWith('softbank'))
    for (const entry of softbank) expect(readFileSync(path.join(entry.parentPath, entry.name), 'utf8')).not.toContain('1511')
  })
})
