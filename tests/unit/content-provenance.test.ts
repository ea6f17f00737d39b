import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadContent } from '../../lib/pipeline/load-content'
import { readFactRegistry } from '../../lib/pipeline/load-facts'
import { readNeverSay } from '../../lib/pipeline/load-never-say'
import type { Content } from '../../lib/schema/content'
import type { FactRegistry } from '../../lib/schema/fact'
import { ROOT, sharedCacheDir } from './helpers'

/**
 * The content check traces every number, code, address and linked site to a checked fact
 * (lib/pipeline/checks/provenance.ts) and refuses what content/never-say.yaml lists (the seed articles'
 * false claims and promotions): both are tested on fixtures in mistakes.test.ts, and the real content
 * loads only when it passes them. What is left here is what those rules rest on.
 */
let content: Content
let registry: FactRegistry
beforeAll(async () => {
  content = (await loadContent({ root: ROOT, cacheDir: sharedCacheDir() })).content
  registry = (await readFactRegistry(ROOT, path.join(ROOT, 'content'))).registry
})

describe('what the provenance and never-say checks rest on', () => {
  it('the whole registry is read, false claims included', () => {
    expect(registry.facts.length).toBeGreaterThan(170)
    expect(registry.falseClaims.length).toBeGreaterThan(0)
  })

  it('the seed articles’ promotions and unbacked codes are on the never-say list', async () => {
    const { neverSay, issues } = await readNeverSay(ROOT, path.join(ROOT, 'content'))
    expect(issues).toEqual([])
    const listed = neverSay.phrases.map((entry) => entry.text ?? entry.pattern)
    expect(listed).toEqual(expect.arrayContaining(['t.me/', 'postimg', 'esim1088', 'donk5151', '1234567890#']))
  })

  it('false claims appear only where they are rebutted, on the carriers whose readers meet them', () => {
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
})
