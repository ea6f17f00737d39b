import { beforeAll, describe, expect, it } from 'vitest'
import { ContentError, formatIssue } from '../../lib/pipeline/content-error'
import { loadContent } from '../../lib/pipeline/load-content'
import { loadSynonyms } from '../../lib/pipeline/load-synonyms'
import type { Content } from '../../lib/schema/content'
import { TASKS } from '../../lib/schema/task'
import { buildSearchIndex, type SearchIndex } from '../../lib/search/build-index'
import { MAX_QUERY_LENGTH } from '../../lib/search/limits'
import { presentSearch } from '../../lib/search/present'
import { search } from '../../lib/search/search'
import { deserializeIndex, serializeIndex } from '../../lib/search/serialize'
import { fixture, freshCacheDir, ROOT } from './helpers'

let content: Content
let index: SearchIndex

beforeAll(async () => {
  content = (await loadContent({ root: ROOT, contentDir: fixture('valid'), cacheDir: freshCacheDir() })).content
  const synonyms = await loadSynonyms({ root: ROOT })
  index = buildSearchIndex({ locale: 'zh', content, synonyms })
})

describe('the body as plain text', () => {
  it('is read from the MDX at compile time: prose apart, each method block under its kind', () => {
    const guide = content.guides.find((candidate) => candidate.locale === 'zh')!
    expect(guide.body.text.prose).toBe('先试拨号代码，最快。')
    expect(guide.body.text.methods.ussd).toBe('打开拨号盘，输入代码。\n等待短信回复。')
    expect(guide.body.text.methods.app).toContain('首页就能看到。')
  })
})

describe('searching an index', () => {
  it('finds a guide by words of its body, its method data and its carrier', () => {
    expect(search(index, '等待短信回复').hits.map((hit) => hit.page.id)).toEqual(['sample/check-data'])
    expect(search(index, '*123#').hits[0]?.method).toMatchObject({ kind: 'ussd', code: '*123#' })
    expect(search(index, 'Sample App').hits[0]?.method?.kind).toBe('app')
  })

  it('returns nothing, not padding, when nothing matches', () => {
    expect(search(index, 'pasaload').total).toBe(0)
    const view = presentSearch(index, search(index, 'pasaload'))
    expect(view.results).toEqual([])
    expect(view.suggestions.length).toBeGreaterThan(0)
  })

  it('takes hostile input calmly: empty, long, emoji, markup, regex characters, broken surrogates', () => {
    for (const query of [
      '',
      '   ',
      '📱💸🙂',
      '<script>alert(1)</script>',
      '.*+?^${}()|[]\\',
      '\ud800\udfff\ud800',
      '\u202e*123#',
    ]) {
      expect(() => presentSearch(index, search(index, query))).not.toThrow()
    }
    const long = search(index, `*123# ${'流量'.repeat(5_000)}`)
    expect(long.query.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH)
    expect(long.query.shortened).toBe(true)
    expect(long.hits[0]?.page.id).toBe('sample/check-data')
    expect(search(index, '\u202e*123#').query.text).toBe('*123#')
  })
})

describe('the index file the build writes', () => {
  it('reads back to an index that answers the same, and only for the build it was made for', async () => {
    const synonyms = await loadSynonyms({ root: ROOT })
    const file = serializeIndex(index, { carriers: content.carriers, synonyms, buildId: 'build-1' })
    const copy = deserializeIndex(file, 'build-1')!
    for (const query of ['*123#', '等待短信回复', 'sample app', '流量']) {
      expect(presentSearch(copy, search(copy, query))).toEqual(presentSearch(index, search(index, query)))
    }
    expect(deserializeIndex(file, 'build-2')).toBeUndefined()
  })
})

describe('the synonyms file', () => {
  it('is valid, and names tasks and methods that exist', async () => {
    const synonyms = await loadSynonyms({ root: ROOT })
    expect(synonyms.groups.length).toBeGreaterThan(10)
    expect(synonyms.groups.map((group) => group.task).filter(Boolean)).toEqual(expect.arrayContaining([...TASKS]))
  })

  it('reports every problem with its line, like a broken article', async () => {
    const error = await loadSynonyms({ root: ROOT, contentDir: fixture('synonyms-broken') }).catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(ContentError)
    const lines = (error as ContentError).issues.map(formatIssue)
    const file = 'tests/fixtures/synonyms-broken/search-synonyms.yaml'
    expect(lines).toEqual([
      `${file}:3:11  groups[0].task  'check-dat' is not allowed; did you mean 'check-data'?`,
      `${file}:5:12  groups[1].terms  a plain group needs at least two terms (or a task, method or pages it stands for)`,
      `${file}:7:12  groups[2].terms  expected at least one term`,
      `${file}:8:13  groups[2].colour  unknown field 'colour'; check its spelling or remove it (fields here: task, method, pages, terms)`,
    ])
  })
})
