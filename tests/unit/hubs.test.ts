import { beforeAll, describe, expect, it } from 'vitest'
import { byCountry, distinctActions } from '../../lib/hubs'
import { loadContent } from '../../lib/pipeline/load-content'
import type { Content } from '../../lib/schema/content'
import { fixture, freshCacheDir, ROOT } from './helpers'

let content: Content
beforeAll(async () => {
  content = (await loadContent({ root: ROOT, contentDir: fixture('hubs'), cacheDir: freshCacheDir() })).content
})

const usesOf = (carrier: string) =>
  content.guides
    .filter((guide) => guide.carrier === carrier)
    .flatMap((guide) => guide.methods.map((section) => ({ guide, section })))

describe('method hub grouping', () => {
  it('shows an identical action once, with every task it serves', () => {
    const actions = distinctActions(usesOf('sample'))
    // check-data and check-balance list the same free *123#; top-up lists it as charged, so it stays apart.
    expect(actions.map(({ section, guides }) => [section.cost, guides.map((guide) => guide.task).sort()])).toEqual([
      ['free', ['check-balance', 'check-data']],
      ['charged', ['top-up']],
    ])
  })

  it('groups carriers by country, countries in the order their first carrier appears', () => {
    expect(
      byCountry(content.carriers).map(({ country, carriers }) => [country, carriers.map((carrier) => carrier.id)]),
    ).toEqual([
      ['PH', ['other']],
      ['JP', ['sample']],
    ])
  })
})
