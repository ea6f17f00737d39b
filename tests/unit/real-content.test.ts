import { beforeAll, describe, expect, it } from 'vitest'
import { loadContent, type LoadResult } from '../../lib/pipeline/load-content'
import { ROOT, sharedCacheDir } from './helpers'

/** The whole real content/ folder: a broken article fails CI here, with every problem listed. */
let result: LoadResult
beforeAll(async () => {
  result = await loadContent({ root: ROOT, cacheDir: sharedCacheDir() })
})

describe('the real content', () => {
  // What the schema and the content check enforce (a guide's carrier is registered, its task is one of the
  // four, official sources come first, methods in ranked order in every translation, every number in a
  // checked fact, nothing from content/never-say.yaml) is not repeated here: loading without an error proves it.
  it('loads without errors', () => {
    expect(result.content.guides.length).toBeGreaterThan(0)
  })

  it('registers every carrier travellers ask about', () => {
    const ids = result.content.carriers.map((carrier) => carrier.id)
    const expected = [
      'smart',
      'docomo',
      'softbank',
      'au',
      'rakuten-mobile',
      'povo',
      'ahamo',
      'linemo',
      'b-mobile',
      'mobal',
      'sakura-mobile',
      'airalo',
      'holafly',
      'ubigi',
    ]
    expect(ids).toEqual(expect.arrayContaining(expected))
  })

  it('covers the seed topics: Smart check data, top up, renew; docomo, SoftBank and au check data', () => {
    const zh = result.content.guides
      .filter((guide) => guide.locale === 'zh')
      .map((guide) => `${guide.carrier}/${guide.task}`)
    expect(zh).toEqual(
      expect.arrayContaining([
        'smart/check-data',
        'smart/top-up',
        'smart/renew',
        'docomo/check-data',
        'softbank/check-data',
        'au/check-data',
      ]),
    )
    expect(result.content.topics.map((topic) => topic.slug)).toContain('out-of-data')
  })

  it('has the four general topics in both languages', () => {
    for (const locale of ['zh', 'en'] as const) {
      const slugs = result.content.topics.filter((topic) => topic.locale === locale).map((topic) => topic.slug)
      expect(slugs).toEqual(
        expect.arrayContaining(['which-carrier', 'save-roaming-data', 'prepaid-vs-postpaid', 'top-up-safely']),
      )
    }
  })
})
