import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { getDictionary, LOCALES } from '../../lib/i18n'
import { loadContent } from '../../lib/pipeline/load-content'
import type { Carrier } from '../../lib/schema/carrier'
import type { Content, Guide } from '../../lib/schema/content'
import { sharedCacheDir, ROOT } from './helpers'

/**
 * The outside audit's major findings (issue 21), each checked on the real content in every locale, so a
 * later edit cannot bring one back: what a traveller reads must say what the sources say, no more.
 */
let content: Content
beforeAll(async () => {
  content = (await loadContent({ root: ROOT, cacheDir: sharedCacheDir() })).content
})

const guidesOf = (carrier: string, task?: string) =>
  content.guides.filter((guide) => guide.carrier === carrier && (!task || guide.task === task))
const carrier = (id: string): Carrier => content.carriers.find((entry) => entry.id === id)!
/** Everything a reader sees of a guide: title, summary, prose and steps. */
const textOf = (guide: Guide) =>
  [guide.title, guide.summary, guide.body.text.prose, ...Object.values(guide.body.text.methods)].join('\n')
const sourceUrls = (guide: Guide) => guide.sources.map((source) => source.url)
/** The article as its editor wrote it (zh-hant pages are converted from the zh file they name). */
const rawOf = (guide: Guide) => readFileSync(path.join(ROOT, guide.file), 'utf8')
/** The https links of a piece of Markdown. */
const linksIn = (markdown: string) => [...markdown.matchAll(/\]\((https:\/\/[^)\s]+)\)/g)].map((match) => match[1])
const notesText = (entry: Carrier, locale: (typeof LOCALES)[number]) =>
  entry.notes.map((note) => `${note.title[locale]} ${note.text[locale]}`).join('\n')

describe('Smart', () => {
  it('says every load is valid one year since July 5, 2018, not only P300 and above', () => {
    const pages = [...guidesOf('smart', 'renew'), ...content.topics.filter((t) => t.slug === 'prepaid-vs-postpaid')]
    expect(pages).toHaveLength(2 * LOCALES.length)
    for (const page of pages) {
      const text = [page.summary, page.body.text.prose].join('\n')
      expect(text, page.file).toMatch(/July 5, 2018|2018 年 7 月 5 日/)
      expect(text, page.file).not.toMatch(/P300/)
      expect(
        page.sources.map((source) => source.url),
        page.file,
      ).toContain('https://mb.com.ph/article/168554/')
    }
  })

  it('makes no roaming claim in the renew summary (the sources do not say *123# or auto-renew work abroad)', () => {
    for (const guide of guidesOf('smart', 'renew')) expect(guide.summary, guide.file).not.toMatch(/roam|漫游|漫遊/i)
  })

  it('never offers the *888 hotline as a way to read the data or balance left', () => {
    for (const guide of [...guidesOf('smart', 'check-data'), ...guidesOf('smart', 'check-balance')]) {
      for (const method of guide.methods)
        if (method.kind === 'hotline')
          expect(
            method.numbers.map((n) => n.number),
            guide.file,
          ).not.toContain('*888')
      for (const sentence of textOf(guide)
        .split(/(?<=[.。])\s*|\n/)
        .filter((s) => s.includes('*888')))
        expect(sentence, guide.file).toMatch(/not a data meter|does not say|不是查流量|不是查流量|沒說|没说/)
    }
  })

  it('calls its app by one name, the Smart App, everywhere a traveller is told to open it', () => {
    expect(carrier('smart').apps.map((app) => app.name)).toEqual(['Smart App'])
    for (const guide of guidesOf('smart')) {
      for (const method of guide.methods) if (method.kind === 'app') expect(method.name, guide.file).toBe('Smart App')
      // GigaLife survives only as "Smart's older pages call it GigaLife" and in source titles.
      for (const line of textOf(guide)
        .split('\n')
        .filter((l) => l.includes('GigaLife')))
        expect(line, guide.file).toMatch(
          /older pages call it GigaLife|when the app was called GigaLife|称它为 GigaLife|稱它為 GigaLife|还叫 GigaLife|還叫 GigaLife/,
        )
    }
  })

  it('gives the roaming call rule (one minute at the partner rate + P25) where calls abroad are discussed, with its source', () => {
    const rates = 'https://help.smart.com.ph/article/prepaid-what-are-the-calling-rates-while-roaming-on-prepaid'
    for (const guide of [...guidesOf('smart', 'top-up'), ...guidesOf('smart', 'renew')]) {
      expect(textOf(guide), guide.file).toMatch(/P25/)
      expect(sourceUrls(guide), guide.file).toContain(rates)
    }
  })

  it('opens the top-up guide with three lines on what works at zero load, each linking its source (issue 20.7)', () => {
    for (const guide of guidesOf('smart', 'top-up')) {
      const body = rawOf(guide).split(/\n---\n/)[1]
      const lead = body.slice(0, body.indexOf('<Method'))
      const lines = lead.split('\n').filter((line) => line.startsWith('- **'))
      expect(lines, guide.file).toHaveLength(3)
      expect(lead, guide.file).toMatch(/zero load|余额为零/)
      expect(lines[0], guide.file).toMatch(/In the Philippines|在菲律宾/)
      expect(lines[1], guide.file).toMatch(/Abroad|在国外/)
      expect(lines[1], guide.file).toMatch(/\*133#/)
      for (const line of lines) {
        expect(linksIn(line).length, `${guide.file}: ${line}`).toBeGreaterThan(0)
        for (const url of linksIn(line)) expect(sourceUrls(guide), `${guide.file} ${url}`).toContain(url)
      }
    }
  })
})

describe('tips for codes and texts abroad', () => {
  it('the UI never tells a traveller to turn data roaming on for a USSD code or a text', () => {
    for (const locale of LOCALES) {
      const steps = getDictionary(locale).reach.notRespondingSteps.join('\n')
      expect(steps, locale).not.toMatch(/with roaming on|并开了漫游|並開了漫遊/)
      expect(steps, locale).toMatch(/do not need data roaming|不需要打开数据漫游|不需要開啟(資料|數據)漫遊/)
    }
    // Guides: content/never-say.yaml, checked by npm run content:check.
  })
})

describe('Japanese carriers', () => {
  it('each says what its SIM does outside Japan, or that the sources do not document it', () => {
    const japanese = content.carriers.filter((entry) => entry.country === 'JP')
    expect(japanese.length).toBeGreaterThanOrEqual(12)
    for (const entry of japanese) {
      expect(notesText(entry, 'en'), entry.id).toMatch(/Outside Japan/)
      expect(notesText(entry, 'zh'), entry.id).toMatch(/在日本以外/)
      expect(notesText(entry, 'en'), entry.id).toMatch(/overseas|abroad|outside Japan/i)
    }
    expect(notesText(carrier('povo'), 'en')).toMatch(/toppings do not work overseas/)
    expect(notesText(carrier('rakuten-mobile'), 'en')).toMatch(/500 yen per GB/)
  })

  it('publishes no docomo from-abroad number (only third parties give one)', () => {
    for (const guide of content.guides) expect(textOf(guide), guide.file).not.toContain('6832-6600')
    for (const entry of content.carriers)
      expect(entry.hotlines.map((line) => line.number).join(' '), entry.id).not.toContain('6832')
    expect(notesText(carrier('docomo'), 'en')).toMatch(/only by third parties/)
  })

  it("au's from-abroad line: au phones only, free, and the source's medium confidence stated", () => {
    const line = carrier('au').hotlines.find((entry) => entry.number === '+81-3-6670-6944')!
    expect(line.callers).toBe('own-sim')
    expect(line.abroad).toBe('free')
    expect(line.note?.en).toMatch(/au phone manual .*medium confidence/)
    expect(line.note?.en).toMatch(/other phones or tourist SIMs .* not documented/)
    expect(line.note?.zh).toMatch(/可信度中等/)
  })

  it('Rakuten: the bill steps at 3 GB and 20 GB are given where usage is checked', () => {
    for (const guide of guidesOf('rakuten-mobile', 'check-data')) {
      expect(textOf(guide), guide.file).toMatch(/3 GB[\s\S]*20 GB/)
      expect(textOf(guide), guide.file).not.toMatch(/usage mostly matters when you roam|出国漫游时才需要留意/)
    }
  })
})

describe('eSIMs and tourist SIMs', () => {
  it('Holafly: once a plan has ended, buy a new eSIM (its FAQ), rather than top up', () => {
    const faq = 'https://esim.holafly.com/faq/choosing-buying-esim/what-happens-to-unused-data/'
    for (const guide of guidesOf('holafly', 'top-up')) {
      expect(textOf(guide), guide.file).toMatch(/buy a new eSIM|买一张新的 eSIM|買一張新的 eSIM/)
      expect(linksIn(rawOf(guide)), guide.file).toContain(faq)
      expect(textOf(guide), guide.file).not.toMatch(/or the plan has expired|或套餐到期后/)
    }
  })

  it('Airalo: an eSIM without TOP UP is for one-time use, so buy a new one, with the source (issue 20.4)', () => {
    const once = 'https://www.airalo.com/help/using-managing-esims/can-i-use-my-existing-esim-again'
    for (const guide of guidesOf('airalo', 'top-up')) {
      expect(textOf(guide), guide.file).toMatch(
        /No TOP UP[\s\S]*buy a new eSIM|没有 TOP UP[\s\S]*买一张新的 eSIM|沒有 TOP UP[\s\S]*買一張新的 eSIM/,
      )
      expect(sourceUrls(guide), guide.file).toContain(once)
    }
  })

  it('Mobal: usage is read in MyAccount, and the phone’s "Check Balance" menu is to be ignored', () => {
    const guides = guidesOf('mobal', 'check-data')
    expect(guides).toHaveLength(LOCALES.length)
    for (const guide of guides) {
      expect(
        guide.methods.map((method) => method.kind),
        guide.file,
      ).toEqual(['website'])
      expect(textOf(guide), guide.file).toMatch(/Ignore any "Check Balance"|请忽略|請忽略/)
      expect(textOf(guide), guide.file).toMatch(/MyAccount/)
    }
  })
})

describe('carriers covered (issue 21.1)', () => {
  it('at least 19 carriers have guides in both zh and en', () => {
    const withGuides = (locale: string) =>
      new Set(content.guides.filter((guide) => guide.locale === locale).map((guide) => guide.carrier))
    const zh = withGuides('zh')
    const both = [...withGuides('en')].filter((id) => zh.has(id))
    expect(both.length).toBeGreaterThanOrEqual(19)
    expect(both).toEqual(expect.arrayContaining(['globe', 'dito', 'nomad', 'csl', 'ymobile']))
  })

  it("Globe's balance check is *143#, free, first, from Globe's own help pages", () => {
    for (const guide of guidesOf('globe', 'check-balance')) {
      const [first] = guide.methods
      expect(first.kind === 'ussd' && first.code, guide.file).toBe('*143#')
      expect(first.cost).toBe('free')
      expect(guide.sources[0].official, guide.file).toBe(true)
      expect(new URL(guide.sources[0].url).hostname, guide.file).toBe('www.globe.com.ph')
    }
  })
})
