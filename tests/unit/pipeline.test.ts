import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { compileMdx } from '../../lib/pipeline/compile-mdx'
import { checkSite } from '../../lib/check-site'
import { loadContent } from '../../lib/pipeline/load-content'
import { remarkSafeMdx, UnsafeMdxError, type MdxFindings } from '../../lib/pipeline/safe-mdx'
import { checkFolder, fixture, freshCacheDir, problemsIn, ROOT, TODAY } from './helpers'

describe('loading valid content', () => {
  it('turns MDX files into typed guides, topics and carriers', async () => {
    const { content } = await loadContent({ root: ROOT, contentDir: fixture('valid'), cacheDir: freshCacheDir() })
    expect(content.carriers.map((carrier) => carrier.id)).toEqual(['sample'])
    expect(content.carriers[0].hotlines[0]).toMatchObject({ number: '151', callers: 'own-sim' })

    const zh = content.guides.find((guide) => guide.locale === 'zh')!
    expect(zh).toMatchObject({
      carrier: 'sample',
      task: 'check-data',
      file: 'tests/fixtures/valid/guides/zh/sample/check-data.mdx',
    })
    // Methods keep the editor's order: that order is the ranking, fastest first.
    expect(zh.methods.map((method) => method.kind)).toEqual(['ussd', 'app'])
    expect(zh.methods[0]).toEqual({
      kind: 'ussd',
      code: '*123#',
      cost: 'free',
      conditions: ['own-sim-only'],
      confidence: 'high',
    })
    expect(zh.body.methodBlocks.map((block) => block.kind)).toEqual(['ussd', 'app'])
    expect(zh.body.code).toContain('Method')

    expect(content.topics).toMatchObject([{ locale: 'en', slug: 'save-data', title: 'Save roaming data' }])
  })

  it('compiles an unchanged article once, then reads it from the cache', async () => {
    const cacheDir = freshCacheDir()
    const first = await loadContent({ root: ROOT, contentDir: fixture('valid'), cacheDir })
    const second = await loadContent({ root: ROOT, contentDir: fixture('valid'), cacheDir })
    // The zh and en guides, the en topic, and the zh guide's zh-hant conversion.
    expect(first.stats).toEqual({ compiled: 4, cached: 0, drafts: 0 })
    expect(second.stats).toEqual({ compiled: 0, cached: 4, drafts: 0 })
    expect(second.content.guides[0].body.code).toBe(first.content.guides[0].body.code)
  })
})

describe('loading broken content', () => {
  it('lists every problem in every file, each with file, line, column and field, in file order', async () => {
    const [data, zhData, zhTopUp] = [
      'en/sample/check-data.mdx',
      'zh/sample/check-data.mdx',
      'zh/sample/top-up.mdx',
    ].map((file) => `tests/fixtures/broken/guides/${file}`)
    const renew = 'tests/fixtures/broken/guides/en/docomo-jp/renew.mdx'
    expect(await problemsIn('broken')).toEqual([
      "tests/fixtures/broken/carriers/search.yaml:1:1  id  file name: 'search' is reserved for a site section and cannot be a carrier id",
      "tests/fixtures/broken/carriers/search.yaml:2:10  country  expected a two-letter country code such as JP, or global, found 'Japan'",
      "tests/fixtures/broken/carriers/search.yaml:4:10  website  expected an absolute https:// URL, found 'http://example.com/'",
      `${renew}:1:1  carrier  unknown carrier 'docomo-jp' in the path (no content/carriers/docomo-jp.yaml); expected one of: sample, search`,
      `${renew}:2:1  updated  missing; expected text — the date the text last changed, YYYY-MM-DD`,
      `${renew}:2:1  verified  missing; expected text — the date a person last checked the facts against the sources, YYYY-MM-DD`,
      `${renew}:2:1  sources  missing; expected a list — where the facts come from, official pages first`,
      `${renew}:2:1  cards  missing; expected a list — the kinds of card the guide applies to`,
      `${renew}:2:1  plans  missing; expected a list — the plans the guide applies to`,
      `${renew}:2:1  methods  missing; expected a list — one entry per way of doing the task, fastest first; each has a kind and that kind’s fields (see Method sections)`,
      `${renew}:4:9  colour  unknown field 'colour'; check its spelling or remove it (fields here: title, summary, updated, verified, sources, facts, draft, cards, plans, methods)`,
      "tests/fixtures/broken/guides/en/sample/check-dat.mdx:1:1  task  unknown task 'check-dat' in the file name; did you mean 'check-data'?",
      `${data}:2:8  title  YAML syntax: a [ list is not closed with ] on the same line (if the value itself starts with [, put it in quotes)`,
      'tests/fixtures/broken/guides/en/sample/top-up.mdx:20:1  body  MDX syntax: <Method> is opened here but never closed; add </Method> on its own line after its content',
      "tests/fixtures/broken/guides/fr/sample/check-data.mdx:1:1  locale  unknown locale 'fr' in the path; expected one of: zh, zh-hant, en",
      `${zhData}:7:11  verified  expected a date written as YYYY-MM-DD, found '2026-13-01'`,
      `${zhData}:10:10  sources[0].url  expected an absolute https:// URL, found 'http://example.com/help'`,
      `${zhData}:14:11  methods[0].code  expected a USSD code such as *123# (starts with * or #, ends with #), found '123'`,
      `${zhData}:18:9  methods[1].messages[0].to  missing; expected text — the number to text, digits only (quote it)`,
      `${zhTopUp}:17:1  body  import and export statements are not allowed in articles; the components (<Method>, <Tip>, <Warning>) are available without importing`,
      `${zhTopUp}:19:7  body  JavaScript expressions in { } are not allowed in articles; write plain text (escape a literal brace as \\{)`,
      `${zhTopUp}:21:1  body  <script> is not allowed: an article cannot run code in the reader’s browser`,
      `${zhTopUp}:23:1  body  links may not use the 'javascript:' scheme; use https://, mailto:, tel: or sms: links, or a site path such as /zh/smart/top-up`,
    ])
  })
})

describe('honest line numbers', () => {
  const guide = (eol: string, bom = '') =>
    bom +
    [
      '---',
      'title: Check data left',
      'summary: Dial a code to see the data left.',
      'cards: [sim]',
      'plans: [prepaid]',
      'updated: 2026-11-01',
      'verified: 2026-11-01',
      'sources:',
      '  - title: Help',
      '    url: https://example.com/help',
      '    official: true',
      'methods:',
      '  - kind: ussd',
      '    code: "*123#"',
      '    cost: free',
      '---',
      '',
      'Text {oops}',
      '',
    ].join(eol)

  it.each([
    ['LF', '\n', ''],
    ['CRLF (Windows)', '\r\n', ''],
    ['a byte-order mark', '\n', '\uFEFF'],
  ])('point at the author’s line with %s', async (_, eol, bom) => {
    const root = mkdtempSync(path.join(tmpdir(), 'sim-helper-lines-'))
    mkdirSync(path.join(root, 'content/carriers'), { recursive: true })
    mkdirSync(path.join(root, 'content/guides/en/sample'), { recursive: true })
    writeFileSync(
      path.join(root, 'content/carriers/sample.yaml'),
      'name: { zh: 样例, en: Sample }\ncountry: JP\nkind: operator\nwebsite: https://example.com/\n',
    )
    writeFileSync(path.join(root, 'content/guides/en/sample/check-data.mdx'), guide(eol, bom))
    const { errors } = await checkFolder(path.join(root, 'content'), root)
    expect(errors).toEqual([
      'content/guides/en/sample/check-data.mdx:18:6  body  JavaScript expressions in { } are not allowed in articles; write plain text (escape a literal brace as \\{)',
    ])
  })
})

describe('what an article may contain', () => {
  const compile = (body: string) => compileMdx(body, freshCacheDir())

  it('allows a {/* comment */} for editors, and it never reaches the page', async () => {
    const result = await compile('Text.\n\n{/* check the price again in March */}\n')
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.body.code).not.toContain('March')
  })

  it('refuses javascript: however it is disguised', async () => {
    for (const markdown of [
      '[x](JavaScript:alert(1))',
      '[x](&#106;avascript:alert(1))',
      '[x](<java\tscript:alert(1)>)',
      '![x]( data:text/html,x)',
      '[x][r]\n\n[r]: vbscript:x',
    ]) {
      const result = await compile(`${markdown}\n`)
      expect(result.ok ? [] : result.violations.map((violation) => violation.message), markdown).toEqual([
        expect.stringMatching(/^links may not use the '(javascript|data|vbscript):' scheme/),
      ])
    }
  })

  it('lets through https, mailto, tel and sms links, and records links to the site for the link check', async () => {
    const result = await compile(
      '[a](https://example.com) [b](mailto:a@example.com) [c](tel:+81-3-1234-5678) [d](sms:1510) [e](/zh/smart) [f](top-up#method-ussd)\n',
    )
    expect(result.ok && result.body.links.map((link) => link.url)).toEqual(['/zh/smart', 'top-up#method-ussd'])
  })

  it('refuses raw html nodes too, should a parser setting ever produce them', () => {
    // MDX itself never yields `html` nodes (it parses tags as JSX), but the rule must not depend on that.
    const findings: MdxFindings = { violations: [], methodBlocks: [], links: [] }
    const tree = {
      type: 'root',
      children: [{ type: 'html', value: '<img src=x onerror=alert(1)>', position: { start: { line: 3, column: 1 } } }],
    }
    expect(() => remarkSafeMdx(findings)()(tree)).toThrow(UnsafeMdxError)
    expect(findings.violations).toEqual([
      {
        line: 3,
        column: 1,
        message:
          'raw HTML is not allowed in articles; use Markdown or one of the components: <Method>, <Tip>, <Warning>',
      },
    ])
  })

  it('stops before esbuild resolves an import, so nothing outside the article is read at build time', async () => {
    const result = await compile("import secret from '/etc/passwd'\n\nText.\n")
    expect(result).toEqual({
      ok: false,
      violations: [
        expect.objectContaining({ line: 1, message: expect.stringMatching(/^import and export statements/) }),
      ],
    })
  })
})

describe('drafts', () => {
  it('are checked and left out of the site, unless asked for (next dev)', async () => {
    const options = {
      root: ROOT,
      contentDir: fixture('mistakes/link-to-draft'),
      cacheDir: freshCacheDir(),
      today: TODAY,
    }
    await expect(checkSite(options)).rejects.toThrow(/leads to a draft/)
    // The draft alone (without the article linking to it) loads; it is only in the content when drafts are included.
    const root = mkdtempSync(path.join(tmpdir(), 'sim-helper-draft-'))
    cpSync(fixture('mistakes/link-to-draft'), path.join(root, 'content'), { recursive: true })
    rmSync(path.join(root, 'content/guides/en/sample/check-data.mdx'))
    const published = await loadContent({ ...options, root, contentDir: undefined })
    expect(published.content.guides).toEqual([])
    expect(published.stats.drafts).toBe(1)
    const preview = await loadContent({ ...options, root, contentDir: undefined, includeDrafts: true })
    expect(preview.content.guides.map((guide) => guide.task)).toEqual(['top-up'])
  })
})
