import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkFolder, fixture } from './helpers'

/**
 * The corpus of broken articles: tests/fixtures/mistakes/<case>/ holds one content folder per mistake
 * (a carrier file and the broken article). Each case's errors must be exactly these lines: the file,
 * the author's line and column, the field, and the message an editor reads.
 * Lines are relative to the case folder; `{dir}` inside a message stands for it too.
 */
const cases: Record<string, string[]> = {
  // YAML syntax
  'yaml-unclosed-list': [
    'guides/en/sample/check-data.mdx:2:8  title  YAML syntax: a [ list is not closed with ] on the same line (if the value itself starts with [, put it in quotes)',
  ],
  'yaml-duplicate-field': [
    "guides/en/sample/check-data.mdx:5:1  cards  YAML syntax: the field 'cards' appears twice; keep one",
  ],
  'yaml-tab-indent': [
    'guides/en/sample/check-data.mdx:10:1  url  YAML syntax: a tab is used for indentation; YAML needs spaces',
  ],
  'yaml-colon-in-value': [
    `guides/en/sample/check-data.mdx:2:8  title  YAML syntax: a value containing ': ' must be in quotes, e.g. title: "…: …"`,
  ],
  'yaml-unquoted-ussd-code': [
    'guides/en/sample/check-data.mdx:14:11  code  YAML syntax: a value starting with * must be in quotes, e.g. "*123#"',
  ],
  'yaml-unclosed-quote': [
    'guides/en/sample/check-data.mdx:3:10  summary  YAML syntax: a quoted value is never closed; add the closing quote',
  ],
  'no-frontmatter': [
    'guides/en/sample/check-data.mdx:1:1  -  expected YAML frontmatter between --- lines at the top of the file',
  ],

  // Missing or wrong-typed fields
  'missing-field': [
    'guides/en/sample/check-data.mdx:2:1  summary  missing; expected text — one sentence shown under the title and in search results (10–200 characters)',
  ],
  'single-value-for-list': [
    "guides/en/sample/check-data.mdx:4:8  cards  expected a list, found text 'sim'; write a list: [sim]",
  ],
  'unquoted-number': [
    'guides/en/sample/check-data.mdx:15:13  methods[0].messages[0].to  expected text, found the number 1510; put it in quotes: "1510"',
  ],
  'unknown-field': ["guides/en/sample/check-data.mdx:3:10  summery  unknown field 'summery'; did you mean 'summary'?"],
  'value-not-allowed': [
    "guides/en/sample/check-data.mdx:5:9  plans[0]  'prepay' is not allowed; did you mean 'prepaid'?",
  ],
  'invalid-date': [
    "guides/en/sample/check-data.mdx:7:11  verified  expected a date written as YYYY-MM-DD, found '2026-13-01'",
  ],
  'carrier-wrong-value': [
    "carriers/sample.yaml:3:10  country  expected a two-letter country code such as JP, or global, found 'Japan'",
  ],
  'carrier-missing-translation-of-name': [
    "carriers/sample.yaml:1:24  name.eng  unknown field 'eng'; did you mean 'en'?",
  ],
  'carrier-yml-extension': ['carriers/sample.yml:1:1  -  carrier files end in .yaml: rename it to sample.yaml'],

  // The registry of checked facts (content/sources/) and the guides that rest on it
  'fact-wrong-value': [
    "sources/sample.yaml:17:17  facts[0].confidence  'certain' is not allowed; expected one of: high, medium, low, unverified",
  ],
  'fact-id-not-file-name': [
    "sources/sample.yaml:2:9  facts[0].id  'other.check-data.ussd' must start with the file's name: sample.…",
  ],
  'guide-rests-on-low-fact': [
    "guides/en/sample/check-data.mdx:12:9  facts[0]  'sample.check-data.ussd' has low confidence ({dir}/sources/sample.yaml): a guide may rest only on high or medium facts; find a better source and add it to the registry first",
  ],
  'guide-cites-unknown-fact': [
    "guides/en/sample/check-data.mdx:12:9  facts[0]  no fact 'sample.check-data.usd' in content/sources/; did you mean 'sample.check-data.ussd'?",
  ],

  // Unknown carrier, task, method or locale
  'unknown-carrier': [
    "guides/en/sampl/check-data.mdx:1:1  carrier  unknown carrier 'sampl' in the path (no content/carriers/sampl.yaml); did you mean 'sample'?",
  ],
  'unknown-task': [
    "guides/en/sample/check-dat.mdx:1:1  task  unknown task 'check-dat' in the file name; did you mean 'check-data'?",
  ],
  'unknown-locale': [
    "guides/fr/sample/check-data.mdx:1:1  locale  unknown locale 'fr' in the path; expected one of: zh, zh-hant, en",
  ],
  'unknown-method-kind': [
    "guides/en/sample/check-data.mdx:13:11  methods[0].kind  unknown method kind 'usd'; did you mean 'ussd'?",
  ],

  // Method data that does not fit its kind
  'sms-without-number': [
    'guides/en/sample/check-data.mdx:15:9  methods[0].messages[0].to  missing; expected text — the number to text, digits only (quote it)',
  ],
  'hotline-not-a-phone-number': [
    "guides/en/sample/check-data.mdx:15:17  methods[0].numbers[0].number  expected a phone number such as 0120-800-000, +81-3-1234-5678 or *888, found 'call us'",
  ],
  'malformed-ussd-code': [
    "guides/en/sample/check-data.mdx:14:11  methods[0].code  expected a USSD code such as *123# (starts with * or #, ends with #), found '123'",
  ],
  'field-of-another-kind': [
    "guides/en/sample/check-data.mdx:15:12  methods[0].login  unknown field 'login' for a ussd method; 'login' belongs to website methods",
  ],
  'method-listed-twice': [
    "guides/en/sample/check-data.mdx:16:11  methods[1].kind  method 'ussd' appears twice; merge the two sections",
  ],
  // Rules over the whole content folder (lib/pipeline/checks/method-order.ts, provenance.ts, never-say.ts)
  'method-out-of-order': [
    `guides/en/sample/check-data.mdx:25:1  body  <Method kind="website"> is written where the frontmatter ranks 'ussd': write the sections in the order of methods (ussd, website)`,
  ],
  'host-not-a-carrier': [
    "carriers/sample.yaml:5:1  host  'netwrok' is not a carrier of the site: name the network by its carrier id (content/carriers/<id>.yaml); did you mean 'network'?",
  ],
  'number-without-fact': [
    "guides/en/sample/check-data.mdx:19:71  number  '0120-123-456' is in no checked fact: add the number to an entry of content/sources/ (high or medium confidence, with the page it is on), or remove it",
    "guides/en/sample/check-data.mdx:20:13  email address  'help@example.org' is in no checked fact: add the email address to an entry of content/sources/ (high or medium confidence, with the page it is on), or remove it",
  ],
  'says-what-never-to-say': [
    "guides/en/sample/check-data.mdx:18:1  text  'Turn on data roaming' must not appear: a USSD code needs no data roaming; say the code works without it ({dir}/never-say.yaml)",
  ],
  'price-without-date': [
    "guides/en/sample/check-data.mdx:16:12  methods[0].price  the price '¥10 a call' has no date: add priceSource: { url: <one of the sources>, date: <the date the page shows> } (or read: <the day you read it> when the page shows none)",
  ],
  'source-in-another-language': [
    'guides/en/sample/check-data.mdx:9:12  sources[0].title  https://example.com/ja/help is a page in Japanese: link its English or Chinese version if there is one, else say the language in the title, e.g. "… (Japanese)"',
  ],
  'coverage-stale': [
    'COVERAGE.md:11:1  -  stale: the table no longer matches the content; run npm run content:coverage and commit it',
  ],
  'method-block-without-method': [
    `guides/en/sample/check-data.mdx:24:1  body  <Method kind="sms"> has no matching entry in the frontmatter's methods; expected one of: ussd`,
  ],

  // One guide per carrier × task × locale; reserved words
  'duplicate-guide-alias': [
    "guides/en/sampel/check-data.mdx:1:1  carrier  duplicate of {dir}/guides/en/sample/check-data.mdx: both are the sample × check-data × en guide ('sampel' is another name for the carrier 'sample'); keep one",
  ],
  'guide-under-alias': [
    "guides/en/sampel/check-data.mdx:1:1  carrier  'sampel' is another name for the carrier 'sample'; move this file to {dir}/guides/en/sample/check-data.mdx",
  ],
  'reserved-carrier-id': [
    "carriers/search.yaml:1:1  id  file name: 'search' is reserved for a site section and cannot be a carrier id",
  ],
  'carrier-id-format': [
    'carriers/Sample_JP.yaml:1:1  id  file name: expected a lowercase id of letters, digits and dashes (e.g. b-mobile)',
  ],
  'reserved-topic-slug': [
    "topics/en/search.mdx:1:1  slug  file name: 'search' is a reserved word and cannot be a topic name",
  ],
  'topic-slug-format': [
    'topics/en/Save_Data.mdx:1:1  slug  file name: expected a lowercase name of letters, digits and dashes (e.g. save-roaming-data)',
  ],

  // Internal links
  'broken-internal-link': [
    'guides/en/sample/check-data.mdx:18:19  body  the link to /en/sample/top-up leads to no page: there is no guide content/guides/en/sample/top-up.mdx',
  ],
  'broken-anchor': [
    'guides/en/sample/check-data.mdx:18:6  body  /en/sample/check-data has no section #method-sms; its sections are #method-ussd',
  ],
  'link-to-draft': [
    'guides/en/sample/check-data.mdx:18:19  body  the link to /en/sample/top-up leads to a draft ({dir}/guides/en/sample/top-up.mdx), which is not published',
  ],

  // Dates, sources, placeholders
  'verified-in-future': [
    'guides/en/sample/check-data.mdx:7:11  verified  2027-01-15 is in the future; write the date it actually happened (today is 2026-11-21)',
  ],
  'source-not-https': [
    "guides/en/sample/check-data.mdx:10:10  sources[0].url  expected an absolute https:// URL, found 'http://example.com/help'",
  ],
  'source-not-absolute': [
    "guides/en/sample/check-data.mdx:10:10  sources[0].url  expected an absolute https:// URL, found '/help'",
  ],
  'official-source-not-first': [
    'guides/en/sample/check-data.mdx:17:15  sources[2].official  official sources go first: move this one above the third-party sources',
  ],
  'placeholder-left': [
    "guides/en/sample/check-data.mdx:2:8  title  placeholder 'TODO: title' is still here; replace it with the real value (or set draft: true until it is ready)",
  ],

  // MDX syntax, at the author's line
  'mdx-unclosed-component': [
    'guides/en/sample/check-data.mdx:20:1  body  MDX syntax: <Method> is opened here but never closed; add </Method> on its own line after its content',
  ],
  'mdx-stray-brace': [
    'guides/en/sample/check-data.mdx:18:18  body  MDX syntax: a { starts a JavaScript expression, which articles cannot use; to show a brace, write \\{',
  ],
  'mdx-html-comment': [
    'guides/en/sample/check-data.mdx:18:2  body  MDX syntax: HTML comments <!-- … --> do not work in MDX; write {/* comment */} instead',
  ],
  'mdx-less-than': [
    "guides/en/sample/check-data.mdx:18:8  body  MDX syntax: a < followed by '3' looks like the start of a tag; to show a less-than sign, write \\<",
  ],
  'mdx-unclosed-attribute-quote': [
    'guides/en/sample/check-data.mdx:20:1  body  MDX syntax: an attribute’s quotes are never closed: write kind="…" with both quotes',
  ],

  // Safe MDX: nothing that runs code
  'import-statement': [
    'guides/en/sample/check-data.mdx:18:1  body  import and export statements are not allowed in articles; the components (<Method>, <Tip>, <Warning>) are available without importing',
  ],
  expression: [
    'guides/en/sample/check-data.mdx:18:15  body  JavaScript expressions in { } are not allowed in articles; write plain text (escape a literal brace as \\{)',
  ],
  'script-element': [
    'guides/en/sample/check-data.mdx:24:1  body  <script> is not allowed: an article cannot run code in the reader’s browser',
  ],
  'iframe-element': [
    'guides/en/sample/check-data.mdx:24:1  body  <iframe> is not allowed: an article cannot embed another page; link to it instead: [title](https://…)',
  ],
  'style-element': [
    'guides/en/sample/check-data.mdx:24:1  body  <style> is not allowed: the site’s own stylesheet styles every article',
    // CSS braces inside it are an expression too: both are reported.
    'guides/en/sample/check-data.mdx:24:13  body  JavaScript expressions in { } are not allowed in articles; write plain text (escape a literal brace as \\{)',
  ],
  'raw-html': [
    'guides/en/sample/check-data.mdx:18:10  body  raw HTML <b> is not allowed in articles; write **bold** instead',
  ],
  'event-handler-attribute': [
    'guides/en/sample/check-data.mdx:24:1  body  the event-handler attribute onClick is not allowed: it would run code in the reader’s browser',
  ],
  'javascript-link': [
    "guides/en/sample/check-data.mdx:18:6  body  links may not use the 'javascript:' scheme; use https://, mailto:, tel: or sms: links, or a site path such as /zh/smart/top-up",
  ],
  'unregistered-component': [
    'guides/en/sample/check-data.mdx:24:1  body  <Accordion> is not a component articles can use; the components are <Method>, <Tip>, <Warning>',
  ],

  // Several mistakes in one file: all of them, in line order.
  'several-in-one-file': [
    "guides/en/sample/check-data.mdx:4:14  cards[1]  'nano' is not allowed; expected one of: sim, esim, data-only, pocket-wifi",
    "guides/en/sample/check-data.mdx:10:10  sources[0].url  expected an absolute https:// URL, found 'http://example.com/help'",
    "guides/en/sample/check-data.mdx:18:6  body  links may not use the 'javascript:' scheme; use https://, mailto:, tel: or sms: links, or a site path such as /zh/smart/top-up",
    'guides/en/sample/check-data.mdx:24:1  body  <iframe> is not allowed: an article cannot embed another page; link to it instead: [title](https://…)',
  ],
}

const dirOf = (name: string) => `tests/fixtures/mistakes/${name}`
const expand = (name: string, lines: string[]) =>
  lines.map((line) => `${dirOf(name)}/${line.replaceAll('{dir}', dirOf(name))}`)

describe('each broken article gets exactly its own message', () => {
  it.each(Object.entries(cases))('%s', async (name, expected) => {
    const { errors } = await checkFolder(fixture(`mistakes/${name}`))
    expect(errors).toEqual(expand(name, expected))
  })
})

describe('warnings are listed apart and do not fail the check', () => {
  it('a guide present in one locale only', async () => {
    const { errors, warnings } = await checkFolder(fixture('mistakes/missing-translation'))
    expect(errors).toEqual([])
    expect(warnings).toEqual(
      expand('missing-translation', [
        'guides/en/sample/check-data.mdx:1:1  locale  no zh version: {dir}/guides/zh/sample/check-data.mdx does not exist, so this page is missing in zh',
      ]),
    )
  })

  it('a translation that offers other methods than the zh guide', async () => {
    const { errors, warnings } = await checkFolder(fixture('mistakes/translation-offers-other-methods'))
    expect(errors).toEqual([])
    expect(warnings).toEqual(
      expand('translation-offers-other-methods', [
        'guides/en/sample/check-data.mdx:12:1  methods  offers ussd, website but {dir}/guides/zh/sample/check-data.mdx offers website: every translation should list the same methods in the same order',
      ]),
    )
  })

  it('verified more than 12 months ago', async () => {
    const { errors, warnings } = await checkFolder(fixture('mistakes/verified-long-ago'))
    expect(errors).toEqual([])
    expect(warnings.filter((line) => !line.includes('  locale  '))).toEqual(
      expand('verified-long-ago', [
        'guides/en/sample/check-data.mdx:7:11  verified  last verified 2025-10-01, more than 12 months ago; check the facts against the sources and update the date (readers are told the page may be out of date)',
      ]),
    )
  })

  it('a draft is reported, not published', async () => {
    const { warnings } = await checkFolder(fixture('mistakes/link-to-draft'))
    expect(warnings).toContain(
      `${dirOf('link-to-draft')}/guides/en/sample/top-up.mdx:12:8  draft  draft: checked but not published until you remove 'draft: true'`,
    )
  })
})

it('two guides whose paths differ only in letter case are one guide twice', async () => {
  // Written at test time: a checkout on macOS or Windows could not even hold both files.
  const root = mkdtempSync(path.join(tmpdir(), 'sim-helper-case-'))
  const guide = readFileSync(fixture('mistakes/missing-translation/guides/en/sample/check-data.mdx'), 'utf8')
  const carrier = readFileSync(fixture('mistakes/missing-translation/carriers/sample.yaml'), 'utf8')
  for (const [file, text] of [
    ['carriers/sample.yaml', carrier],
    ['guides/en/sample/check-data.mdx', guide],
    ['guides/en/Sample/check-data.mdx', guide],
    ['guides/en/sample/Top-Up.mdx', guide],
  ]) {
    mkdirSync(path.dirname(path.join(root, 'content', file)), { recursive: true })
    writeFileSync(path.join(root, 'content', file), text)
  }
  const { errors } = await checkFolder(path.join(root, 'content'), root)
  expect(errors).toEqual([
    'content/guides/en/Sample/check-data.mdx:1:1  carrier  duplicate of content/guides/en/sample/check-data.mdx: both are the sample × check-data × en guide (the paths differ only in letter case, the same file on macOS and Windows); keep one',
    'content/guides/en/sample/Top-Up.mdx:1:1  task  folder and file names are lowercase; move this file to content/guides/en/sample/top-up.mdx',
  ])
})
