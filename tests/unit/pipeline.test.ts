import { describe, expect, it } from 'vitest'
import { loadContent } from '../../lib/pipeline/load-content'
import { fixture, freshCacheDir, problemsIn, ROOT } from './helpers'

describe('loading valid content', () => {
  it('turns MDX files into typed guides, topics and carriers', async () => {
    const { content } = await loadContent({ root: ROOT, contentDir: fixture('valid'), cacheDir: freshCacheDir() })
    expect(content.carriers.map((carrier) => carrier.id)).toEqual(['sample'])
    expect(content.carriers[0].hotlines[0]).toMatchObject({ number: '151', callers: 'own-sim' })

    const zh = content.guides.find((guide) => guide.locale === 'zh')!
    expect(zh).toMatchObject({ carrier: 'sample', task: 'check-data', file: 'tests/fixtures/valid/guides/zh/sample/check-data.mdx' })
    // Methods keep the editor's order: that order is the ranking, fastest first.
    expect(zh.methods.map((method) => method.kind)).toEqual(['ussd', 'app'])
    expect(zh.methods[0]).toEqual({ kind: 'ussd', code: '*123#', cost: 'free', conditions: ['own-sim-only'], confidence: 'high' })
    expect(zh.body.methodBlocks.map((block) => block.kind)).toEqual(['ussd', 'app'])
    expect(zh.body.code).toContain('Method')

    expect(content.topics).toMatchObject([{ locale: 'en', slug: 'save-data', title: 'Save roaming data' }])
  })

  it('compiles an unchanged article once, then reads it from the cache', async () => {
    const cacheDir = freshCacheDir()
    const first = await loadContent({ root: ROOT, contentDir: fixture('valid'), cacheDir })
    const second = await loadContent({ root: ROOT, contentDir: fixture('valid'), cacheDir })
    expect(first.stats).toEqual({ compiled: 3, cached: 0 })
    expect(second.stats).toEqual({ compiled: 0, cached: 3 })
    expect(second.content.guides[0].body.code).toBe(first.content.guides[0].body.code)
  })
})

describe('loading broken content', () => {
  it('lists every problem in every file, each with file, line, column and field', async () => {
    const problems = await problemsIn('broken')
    const zhData = 'tests/fixtures/broken/guides/zh/sample/check-data.mdx'
    const zhTopUp = 'tests/fixtures/broken/guides/zh/sample/top-up.mdx'
    expect(problems).toEqual(
      expect.arrayContaining([
        `${zhData}:7:11  verified  expected a date written as YYYY-MM-DD`,
        `${zhData}:10:10  sources[0].url  expected an absolute https:// URL`,
        `${zhData}:14:11  methods[0].code  expected a USSD code such as *123# (starts with * or #, ends with #)`,
        `${zhData}:16:5  methods[1].to  missing; expected text`,
        `${zhTopUp}:17:1  body  import and export statements are not allowed in articles; the registered components are available without importing`,
        `${zhTopUp}:19:7  body  JavaScript expressions in { } are not allowed in articles; write plain text (escape a literal brace as \\{)`,
        `${zhTopUp}:21:1  body  <script> is not allowed in articles; use Markdown, or one of the registered components: <Method>, <Tip>, <Warning>`,
        `${zhTopUp}:23:1  body  links may not use the 'javascript:' scheme`,
        'tests/fixtures/broken/guides/en/sample/top-up.mdx:20:1  body  MDX syntax: Expected a closing tag for `<Method>`',
        'tests/fixtures/broken/guides/en/sample/check-data.mdx:3:1  -  YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]',
        "tests/fixtures/broken/guides/en/docomo-jp/renew.mdx:1:1  carrier  unknown carrier 'docomo-jp' in the path (no content/carriers/docomo-jp.yaml); expected one of: sample, search",
        "tests/fixtures/broken/guides/en/docomo-jp/renew.mdx:4:9  colour  unknown field 'colour'; check its spelling or remove it",
        'tests/fixtures/broken/guides/en/docomo-jp/renew.mdx:2:1  methods  missing; expected a list',
        "tests/fixtures/broken/guides/en/sample/check-dat.mdx:1:1  task  unknown task 'check-dat' in the file name; did you mean 'check-data'?",
        "tests/fixtures/broken/guides/fr/sample/check-data.mdx:1:1  locale  unknown locale 'fr' in the path; did you mean 'zh'?",
        "tests/fixtures/broken/carriers/search.yaml:1:1  id  file name: 'search' is reserved for a site section and cannot be a carrier id",
        'tests/fixtures/broken/carriers/search.yaml:2:10  country  expected a two-letter country code such as JP, or global',
      ]),
    )
    // Every broken file is reported, not just the first one.
    const files = new Set(problems.map((line) => line.split(':')[0]))
    expect(files.size).toBe(8)
  })

  it('reports a Method block that has no matching method in the frontmatter', async () => {
    const problems = await problemsIn('broken-method-block')
    expect(problems).toEqual([
      `tests/fixtures/broken-method-block/guides/en/sample/check-data.mdx:23:1  body  <Method kind="ussd"> has no matching entry in the frontmatter's methods; expected one of: sms`,
    ])
  })
})
