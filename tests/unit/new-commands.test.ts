import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { guideSkeleton } from '../../lib/authoring/skeleton'
import { loadContent } from '../../lib/pipeline/load-content'
import { parseFrontmatter } from '../../lib/pipeline/frontmatter'
import { validate } from '../../lib/pipeline/validate'
import { guideFrontmatterSchema } from '../../lib/schema/guide'
import { METHODS } from '../../lib/schema/method'
import { pageList } from '../../lib/page-list'
import { checkFolder, freshCacheDir, TODAY } from './helpers'
import { runScript } from './scripts'

const carrierArgs = [
  '--id',
  'povo',
  '--name-zh',
  'povo',
  '--name-en',
  'povo',
  '--country',
  'JP',
  '--kind',
  'sub-brand',
  '--website',
  'https://povo.jp/',
]

/** What an editor does after `new:guide`: replace each placeholder with a real value, then publish. */
function fillIn(text: string): string {
  return text
    .replace(/"TODO: ([^"]*)"/g, (_, what: string) => `"${what.replace(/’/g, "'")} (filled in)"`)
    .replace(/^(\d\. )TODO: (.*)$/gm, '$1$2')
    .replace(/^TODO: (.*)$/gm, '$1')
    .replace('"*0000#"', '"*123#"')
    .replace(/"0000"/g, '"1510"')
    .replace(/^draft: true\n/m, '')
}

/** A content folder holding only what `new:carrier` wrote for povo: made once, copied for each test that needs it. */
let withCarrier: string
const copyWithCarrier = () => {
  const root = mkdtempSync(path.join(tmpdir(), 'sim-helper-new-'))
  cpSync(withCarrier, path.join(root, 'content'), { recursive: true })
  return root
}

describe('npm run new:carrier and npm run new:guide', () => {
  beforeAll(() => {
    withCarrier = path.join(mkdtempSync(path.join(tmpdir(), 'sim-helper-new-')), 'content')
    expect(runScript('new-carrier.ts', ['--content', withCarrier, ...carrierArgs]).status).toBe(0)
  })

  it('write a carrier and a draft guide that pass the check, and that publish once filled in', async () => {
    const root = copyWithCarrier() // what new:carrier wrote (the beforeAll checks it exited 0)
    const content = path.join(root, 'content')
    const made = runScript('new-guide.ts', [
      '--content',
      content,
      '--carrier',
      'povo',
      '--task',
      'top-up',
      '--locale',
      'zh',
      '--methods',
      METHODS.join(','),
    ])
    expect(made.stderr).toBe('')
    expect(made.status).toBe(0)
    const file = path.join(content, 'guides/zh/povo/top-up.mdx')
    expect(made.stdout).toContain(`Wrote ${path.relative(process.cwd(), file)}, a draft.`)

    const check = runScript('check-content.ts', ['--content', content], { SIM_HELPER_CACHE_DIR: freshCacheDir() })
    expect(check.stderr).toBe('')
    expect(check.status).toBe(0)
    expect(check.stdout).toMatch(
      /draft: checked but not published until you remove 'draft: true'; \d+ placeholders \(TODO, 0000\) still to fill in/,
    )
    expect(check.stdout).toContain('content ok: 0 guides, 1 carrier, 0 locales, 0 topics, 1 draft')

    writeFileSync(file, fillIn(readFileSync(file, 'utf8')))
    // Judged as of the real today: the skeleton's dates are this machine's today.
    const { content: loaded, warnings } = await loadContent({ root, contentDir: content, cacheDir: freshCacheDir() })
    expect(warnings.map((warning) => warning.message)).toEqual([
      'no en version: content/guides/en/povo/top-up.mdx does not exist, so this page is missing in en',
    ])
    const guide = loaded.guides[0]
    expect(guide).toMatchObject({ carrier: 'povo', task: 'top-up', locale: 'zh', title: 'povo 充值 (filled in)' })
    expect(guide.methods.map((method) => method.kind)).toEqual([...METHODS])
    expect(pageList(loaded).byPath.has('/zh/povo/top-up')).toBe(true)
  })

  it('a filled-in guide that still has a placeholder cannot be published', async () => {
    const skeleton = guideSkeleton({
      carrier: { id: 'povo', name: { zh: 'povo', en: 'povo' }, website: 'https://povo.jp/' },
      task: 'renew',
      locale: 'en',
      methods: ['ussd'],
      today: TODAY,
    })
    const root = copyWithCarrier()
    mkdirSync(path.join(root, 'content/guides/en/povo'), { recursive: true })
    writeFileSync(path.join(root, 'content/guides/en/povo/renew.mdx'), fillIn(skeleton).replace('"*123#"', '"*0000#"'))
    const { errors } = await checkFolder(path.join(root, 'content'), root)
    expect(errors).toEqual([
      "content/guides/en/povo/renew.mdx:17:11  methods[0].code  placeholder '*0000#' is still here; replace it with the real value (or set draft: true until it is ready)",
    ])
  })

  it('every method kind has a skeleton the schema accepts', () => {
    const text = guideSkeleton({
      carrier: { id: 'x', name: { zh: 'x', en: 'x' }, website: 'https://example.com/' },
      task: 'check-data',
      locale: 'en',
      methods: [...METHODS],
      today: TODAY,
    })
    const parsed = parseFrontmatter('skeleton.mdx', text)
    expect(parsed.issues).toEqual([])
    expect(validate(guideFrontmatterSchema, parsed.data, 'skeleton.mdx', parsed.locate)).toMatchObject({ ok: true })
  })

  it('without a terminal, a missing flag is a usage error and nothing is written', () => {
    const root = copyWithCarrier()
    const result = runScript('new-guide.ts', [
      '--content',
      path.join(root, 'content'),
      '--carrier',
      'povo',
      '--task',
      'top-up',
    ])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^missing --locale \(Language \(zh, zh-hant, en\)\)\n\nUsage: npm run new:guide/)
    expect(existsSync(path.join(root, 'content/guides'))).toBe(false)
  })

  it('refuses to overwrite a guide or a carrier that exists, and checks values like the content check', () => {
    const content = path.join(copyWithCarrier(), 'content')
    expect(runScript('new-carrier.ts', ['--content', content, ...carrierArgs]).stderr).toMatch(
      /^--id povo: the carrier 'povo' already exists/,
    )
    const args = ['--content', content, '--carrier', 'povo', '--task', 'renew', '--locale', 'en', '--methods', 'ussd']
    expect(runScript('new-guide.ts', args).status).toBe(0)
    const again = runScript('new-guide.ts', args)
    expect(again.status).toBe(1)
    expect(again.stderr).toContain('already exists; edit it instead')
    const http = runScript(
      'new-carrier.ts',
      ['--content', content, ...carrierArgs.slice(0, -1), 'http://povo.jp/'].map((arg) =>
        arg === 'povo' ? 'povo2' : arg,
      ),
    )
    expect(http.stderr).toMatch(/^--website http:\/\/povo\.jp\/: expected an absolute https:\/\/ URL/)
  })
})
