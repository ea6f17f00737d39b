import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadContent } from '../../lib/pipeline/load-content'
import type { Content } from '../../lib/schema/content'
import type { MethodSection } from '../../lib/schema/method'
import { readFactRegistry } from '../../lib/pipeline/load-facts'
import type { FactRegistry } from '../../lib/schema/fact'
import { usableConfidence } from '../../lib/schema/fact'
import { ROOT, sharedCacheDir } from './helpers'

/**
 * Nothing in content/ may come from the seed articles' false claims or promotions, and every number,
 * code, address and linked site must be traceable to a checked fact of high or medium confidence in the
 * registry, content/sources/ (which itself records the false claims, so it is not read as published text).
 */
const REGISTRY = path.join(ROOT, 'content', 'sources')
const texts = readdirSync(path.join(ROOT, 'content'), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && !path.join(entry.parentPath, entry.name).startsWith(REGISTRY + path.sep))
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
let registry: FactRegistry
beforeAll(async () => {
  content = (await loadContent({ root: ROOT, cacheDir: sharedCacheDir() })).content
  registry = (await readFactRegistry(ROOT, path.join(ROOT, 'content'))).registry
})

/** The seed articles' promotional links and handles (copied once from them; the seeds are not part of the project). */
const SEED_LINKS = [
  'https://i.postimg.cc/4NQfJmqS/Snipaste-2025-05-13-00-14-12.png',
  'https://i.postimg.cc/rwNCRYN7/Snipaste-2025-04-30-17-27-05.png',
  'https://t.me/s/donk5151',
  'https://t.me/s/esim1088',
]
const SEED_HANDLES = ['donk5151', 'esim1088']

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
    for (const link of SEED_LINKS) {
      expectNoFile(literally(link.replace(/^https?:\/\//, '')))
      expectNoFile(literally(new URL(link).hostname))
    }
    for (const handle of SEED_HANDLES) expectNoFile(literally(handle))
  })
})

describe('provenance: everything a traveller dials, texts, emails or opens is in a checked fact', () => {
  /** What the high and medium confidence facts say, and the pages they were read on. */
  const facts = () =>
    registry.facts
      .filter((fact) => usableConfidence(fact.confidence))
      .map((fact) =>
        [
          fact.value,
          fact.detail,
          fact.cost,
          fact.conditions,
          fact.note ?? '',
          ...fact.sources.map((source) => source.url),
        ].join('\n'),
      )
      .join('\n')

  it('reads the whole registry', () => {
    expect(registry.facts.length).toBeGreaterThan(170)
    expect(registry.falseClaims.length).toBeGreaterThan(0)
  })

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
