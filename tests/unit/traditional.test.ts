import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { beforeAll, describe, expect, it } from 'vitest'
import { getDictionary } from '../../lib/i18n'
import { UI_FORBIDDEN, UI_TERMS } from '../../lib/pipeline/zh-hant-words'
import { findForbidden } from '../../lib/pipeline/checks/traditional-words'
import { collectContent, loadContent } from '../../lib/pipeline/load-content'
import type { Content, Guide } from '../../lib/schema/content'
import { simplifiedLeftovers } from '../simplified-only'
import { freshCacheDir, ROOT, sharedCacheDir } from './helpers'

/** Words of the traveller's language; everything else in a guide's frontmatter is data. */
const PROSE = new Set(['title', 'summary', 'price', 'label', 'where', 'bring', 'hours', 'path', 'name'])

/** A guide's data: prose left out (an app's name kept: it is data), an SMS text's <placeholders> blanked. */
function dataOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => dataOf(item))
  if (!value || typeof value !== 'object') return value
  const object = value as Record<string, unknown>
  return Object.fromEntries(
    Object.entries(object)
      .filter(([key]) => !PROSE.has(key) || (key === 'name' && object.kind === 'app'))
      .map(([key, item]) => [
        key,
        key === 'body' && typeof item === 'string' ? item.replace(/<[^<>]+>/g, '<>') : dataOf(item),
      ]),
  )
}

const frontmatter = ({ body, locale, file, converted, ...rest }: Guide) => rest
const CODES_NUMBERS_URLS = /https?:\/\/[^\s)]+|[*#][0-9*#]*[0-9][0-9*#]*|\+?\d[\d,.-]*/g
const JAPANESE =
  /[「（(『][^」）)』\n]*[\p{Script=Hiragana}\p{Script=Katakana}][^」）)』\n]*[」）)』]|[\p{Script=Hiragana}\p{Script=Katakana}](?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々・]*[\p{Script=Hiragana}\p{Script=Katakana}ー])?/gu
const bodyText = (guide: { body: Guide['body'] }) =>
  [guide.body.text.prose, ...Object.values(guide.body.text.methods)].join('\n')

describe('zh-hant, converted from the real zh content', () => {
  let content: Content
  beforeAll(async () => {
    content = (await loadContent({ root: ROOT, cacheDir: sharedCacheDir() })).content
  })
  const pairs = () =>
    content.guides
      .filter((guide) => guide.locale === 'zh')
      .map((zh) => ({
        zh,
        hant: content.guides.find(
          (other) => other.locale === 'zh-hant' && other.carrier === zh.carrier && other.task === zh.task,
        ),
      }))

  it('has a zh-hant guide for every zh guide, and a zh-hant topic for every zh topic', () => {
    expect(pairs().length).toBeGreaterThan(20)
    for (const { zh, hant } of pairs()) expect(hant, zh.file).toBeDefined()
    for (const topic of content.topics.filter((item) => item.locale === 'zh'))
      expect(
        content.topics.some((other) => other.locale === 'zh-hant' && other.slug === topic.slug),
        topic.file,
      ).toBe(true)
  })

  it('leaves every code, number, URL, app name and data field of a guide as the zh guide has it', () => {
    for (const { zh, hant } of pairs()) {
      if (!hant) continue
      expect(dataOf(frontmatter(hant)), zh.file).toEqual(dataOf(frontmatter(zh)))
      // Same targets on the same lines; a Taiwan word may be longer than the mainland one, so columns move.
      const targets = (links: typeof zh.body.links) => links.map(({ url, line }) => ({ url, line }))
      expect(targets(hant.body.links), zh.file).toEqual(targets(zh.body.links))
      expect(hant.body.methodBlocks, zh.file).toEqual(zh.body.methodBlocks)
      const text = bodyText(hant)
      for (const [data] of bodyText(zh).matchAll(CODES_NUMBERS_URLS))
        expect(text, `${zh.file}: ${data}`).toContain(data)
      for (const [japanese] of bodyText(zh).matchAll(JAPANESE))
        expect(text, `${zh.file}: ${japanese}`).toContain(japanese)
    }
  })

  it('converts the words: no character that exists only in Simplified Chinese is left', () => {
    const hant = [...content.guides, ...content.topics].filter((item) => item.locale === 'zh-hant')
    for (const article of hant) {
      const { body, file, ...fields } = article
      expect(simplifiedLeftovers(`${JSON.stringify(fields)}\n${bodyText(article)}`), file).toEqual([])
    }
    for (const carrier of content.carriers) {
      const texts: string[] = []
      JSON.stringify(carrier, (key, value) => {
        if (key === 'zh-hant') texts.push(value)
        return value
      })
      expect(texts.length, carrier.id).toBeGreaterThan(0)
      expect(simplifiedLeftovers(texts.join('\n')), carrier.id).toEqual([])
    }
  })

  it('the UI dictionary has no Simplified-only character either, and uses the same words as the content', () => {
    const strings: string[] = []
    const walk = (value: unknown) => {
      if (typeof value === 'string') strings.push(value)
      else if (value && typeof value === 'object') Object.values(value).forEach(walk)
    }
    walk(getDictionary('zh-hant'))
    expect(simplifiedLeftovers(strings.join('\n'))).toEqual([])
    expect(getDictionary('zh-hant').tasks['top-up'].name).toBe('儲值')
    // The UI's words are the content's (lib/pipeline/zh-hant-words.ts reads content/traditional.yaml), and no UI
    // string uses a word the content forbids.
    const { terms } = parse(readFileSync(path.join(ROOT, 'content/traditional.yaml'), 'utf8'))
    for (const [simplified, traditional] of Object.entries(terms)) expect(UI_TERMS.get(simplified)).toBe(traditional)
    expect(findForbidden(strings.join('\n'), UI_FORBIDDEN)).toEqual([])
  })
})

describe('an editor overrides the conversion', () => {
  /** A content folder with the real Smart carrier and its zh top-up guide, plus what a test adds. */
  function folder(files: Record<string, string>): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'sim-helper-hant-'))
    mkdirSync(path.join(dir, 'carriers'))
    cpSync(path.join(ROOT, 'content/carriers/smart.yaml'), path.join(dir, 'carriers/smart.yaml'))
    const guide = path.join(dir, 'guides/zh/smart/top-up.mdx')
    mkdirSync(path.dirname(guide), { recursive: true })
    cpSync(path.join(ROOT, 'content/guides/zh/smart/top-up.mdx'), guide)
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
      writeFileSync(path.join(dir, name), text)
    }
    return dir
  }
  const load = async (contentDir: string) =>
    collectContent({ root: path.dirname(contentDir), contentDir, cacheDir: freshCacheDir(), today: '2026-12-02' })
  const hantGuide = (content: Content) => content.guides.find((guide) => guide.locale === 'zh-hant')

  it('a term in content/traditional.yaml wins over OpenCC, in articles and carrier files', async () => {
    const converted = hantGuide((await load(folder({}))).content)
    expect(converted?.title).toBe('Smart 預付費卡怎麼充值') // no terms: OpenCC converts the script only
    const dir = folder({ 'traditional.yaml': 'terms:\n  充值: 加值\n  预付费卡: 預付卡\n' })
    const { content, issues } = await load(dir)
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([])
    expect(hantGuide(content)?.title).toBe('Smart 預付卡怎麼加值')
    expect(content.guides.find((guide) => guide.locale === 'zh')?.title).toBe('Smart 预付费卡怎么充值')
  })

  it('a hand-written zh-hant article replaces the conversion', async () => {
    const zh = readFileSync(path.join(ROOT, 'content/guides/zh/smart/top-up.mdx'), 'utf8')
    const written = zh.replace(/^title: .*$/m, 'title: Smart 預付卡如何儲值（手寫）')
    const { content } = await load(folder({ 'guides/zh-hant/smart/top-up.mdx': written }))
    const guides = content.guides.filter((guide) => guide.locale === 'zh-hant')
    expect(guides.map((guide) => [guide.title, path.basename(path.dirname(path.dirname(guide.file)))])).toEqual([
      ['Smart 預付卡如何儲值（手寫）', 'zh-hant'],
    ])
  })

  it('a forbidden word left by the conversion is an error at the zh file and line, and in a carrier text', async () => {
    // 上网卡 with a slip an editor could make (上网络卡): the term 网络 → 網路 gives 上網路卡, a listed slip.
    const zh = readFileSync(path.join(ROOT, 'content/guides/zh/smart/top-up.mdx'), 'utf8').replace('上网卡', '上网络卡')
    const words = 'terms:\n  网络: 網路\nforbidden:\n  網路卡: 網卡\n  套餐: 方案\n'
    const carrier = readFileSync(path.join(ROOT, 'content/carriers/smart.yaml'), 'utf8').replace(
      /^(\s+zh: )(.*)$/m,
      '$1套餐$2',
    )
    const { issues } = await load(
      folder({ 'traditional.yaml': words, 'guides/zh/smart/top-up.mdx': zh, 'carriers/smart.yaml': carrier }),
    )
    const wording = issues.filter((issue) => issue.message.includes('content/traditional.yaml forbidden'))
    const inGuide = wording.find((issue) => issue.file.endsWith('guides/zh/smart/top-up.mdx'))
    expect(inGuide?.message).toMatch(/^after conversion to zh-hant: '網路卡' .*write '網卡'/)
    expect(zh.split('\n')[(inGuide?.line ?? 0) - 1]).toContain('上网络卡')
    const inCarrier = wording.find((issue) => issue.file.endsWith('carriers/smart.yaml'))
    expect(inCarrier).toMatchObject({ severity: 'error', field: expect.stringMatching(/zh-hant$/) })
    expect(carrier.split('\n')[(inCarrier?.line ?? 0) - 1]).toContain('套餐')
  })

  it('a converted word the glossary forbids is an error at the zh file and line', async () => {
    const glossary = 'terms:\n  - locale: zh-hant\n    preferred: 儲值\n    avoid: [充值]\n'
    const { issues } = await load(folder({ 'glossary.yaml': glossary }))
    const zhLines = readFileSync(path.join(ROOT, 'content/guides/zh/smart/top-up.mdx'), 'utf8').split('\n')
    const first = issues.find((issue) => issue.field === 'glossary')
    expect(first).toMatchObject({ severity: 'error', file: expect.stringMatching(/guides\/zh\/smart\/top-up\.mdx$/) })
    expect(first?.message).toMatch(/^after conversion to zh-hant: write '儲值' instead of '充值'/)
    expect(zhLines[(first?.line ?? 0) - 1]).toContain('充值')
  })
})
