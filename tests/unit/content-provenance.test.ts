import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadContent } from '../../lib/pipeline/load-content'
import type { Content } from '../../lib/schema/content'
import type { MethodSection } from '../../lib/schema/method'
import { requireShared, ROOT, sharedCacheDir } from './helpers'

/**
 * Nothing in content/ may come from the seed articles' false claims or promotions, and every number,
 * code, address and linked site must be traceable to the checked facts file.
 */
const texts = readdirSync(path.join(ROOT, 'content'), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => {
    const absolute = path.join(entry.parentPath, entry.name)
    return { file: path.relative(ROOT, absolute), text: readFileSync(absolute, 'utf8') }
  })
/** A carrier file's `wrongAdvice` block quotes false claims in order to rebut them: the one place they may appear. */
const withoutRebuttals = (text: string) => text.replace(/^wrongAdvice:\n(?:[ -].*\n?)*/m, '')
const published = texts.map(({ file, text }) => ({ file, text: withoutRebuttals(text) }))
const allText = texts.map(({ text }) => text).join('\n')

/** Asserts file by file, so a failure names the file to fix. */
function expectNoFile(forbidden: RegExp) {
  for (const { file, text } of published) expect(text, file).not.toMatch(forbidden)
}
const literally = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i')

let content: Content
beforeAll(async () => {
  content = (await loadContent({ root: ROOT, cacheDir: sharedCacheDir() })).content
})

describe("the seed articles' false claims and promotions", () => {
  it('never appear in content/', () => {
    // Promotional channels and their image host; unverified numbers; codes no source backs.
    for (const forbidden of [
      't.me/',
      'esim1088',
      'donk5151',
      'postimg',
      '1234567890#',
      '0800-919-0157',
      '0120-005-250',
      '*121#',
      '?1515',
      '*214#',
    ]) {
      expectNoFile(literally(forbidden))
    }
    expectNoFile(/\b104\b/) // docomo's "104 hotline" is the charged directory service
    expectNoFile(/\b(STATUS|BALANCE|BAL)\b/) // not Smart balance keywords
    expectNoFile(/\b2200\b/) // the unbacked "BAL to 2200" / "2200 hotline"
    // 1511 is TNT's card-reload number (Philippines), never SoftBank's hotline.
    for (const { file, text } of published.filter(({ file }) => file.includes('softbank')))
      expect(text, file).not.toContain('1511')
  })

  it('appear only where they are rebutted, on the carriers whose readers meet them', () => {
    const rebutted = (id: string) =>
      content.carriers
        .find((carrier) => carrier.id === id)!
        .wrongAdvice.map((item) => `${item.claim.en} ${item.instead.en}`)
        .join('\n')
    expect(rebutted('docomo')).toMatch(/\b104\b.*directory/)
    expect(rebutted('docomo')).toContain('1234567890#1234567890#')
    expect(rebutted('softbank')).toMatch(/1511[\s\S]*157/)
    expect(rebutted('smart')).toMatch(/STATUS or BALANCE[\s\S]*\*123#/)
  })

  it('never repeat a link, link host or handle the seed articles promote', () => {
    const seedsDir = requireShared('seeds')
    const seeds = readdirSync(seedsDir)
      .map((name) => readFileSync(path.join(seedsDir, name), 'utf8'))
      .join('\n')
    const links = [...seeds.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((match) => match[1])
    const handles = [...seeds.matchAll(/(?<![\w.])@([A-Za-z0-9_]{3,})/g)].map((match) => match[1])
    expect(links.length).toBeGreaterThan(0)
    expect(handles.length).toBeGreaterThan(0)
    for (const link of new Set(links)) {
      expectNoFile(literally(link.replace(/^https?:\/\//, '')))
      expectNoFile(literally(new URL(link).hostname))
    }
    for (const handle of new Set(handles)) expectNoFile(literally(handle))
  })
})

describe('provenance: everything a traveller dials, texts, emails or opens is in the checked facts', () => {
  const facts = () => readFileSync(requireShared('facts/carriers.yaml'), 'utf8')

  it('every phone number, USSD code and SMS number', () => {
    const numbers = new Set<string>()
    for (const carrier of content.carriers) for (const line of carrier.hotlines) numbers.add(line.number)
    for (const guide of content.guides)
      for (const method of guide.methods) for (const number of dialled(method)) numbers.add(number)
    // Numbers written in prose too: Japanese dashed numbers and star codes.
    for (const match of allText.matchAll(/\b0\d{1,4}-\d{1,4}-\d{3,4}\b|\*\d+#?/g)) numbers.add(match[0])
    expect(numbers.size).toBeGreaterThan(10)
    const known = facts()
    for (const number of numbers) expect(known, number).toContain(number)
  })

  it('every email address and the site of every link', () => {
    const emails = allText.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? []
    const known = facts()
    for (const email of emails) expect(known, email).toContain(email)
    const hosts = new Set([...allText.matchAll(/https:\/\/[^\s)"'<>\]]+/g)].map((match) => new URL(match[0]).hostname))
    expect(hosts.size).toBeGreaterThan(10)
    for (const host of hosts) expect(known, host).toContain(host)
  })
})

function dialled(method: MethodSection): string[] {
  switch (method.kind) {
    case 'ussd':
      return [method.code]
    case 'hotline':
      return method.numbers.flatMap((entry) => [entry.number, entry.international ?? []].flat())
    case 'sms':
      return method.messages.map((message) => message.to)
    case 'voucher':
      return (method.dial ?? []).map((route) => route.number)
    default:
      return []
  }
}
