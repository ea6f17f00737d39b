import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { shareImage, shareImageDir, shareImageFile, shareImageKey } from '../../lib/og/share-image'
import { guideCardText, siteCardText } from '../../lib/og/share-text'
import { loadContent } from '../../lib/pipeline/load-content'
import { ROOT, sharedCacheDir } from './helpers'

// A build folder of its own, so the test never reads or writes the real build's cache.
const dist = `.cache/test-share-images-${process.pid}`
vi.stubEnv('SIM_HELPER_DIST_DIR', dist)
afterAll(() => {
  rmSync(path.join(ROOT, dist), { recursive: true, force: true })
  vi.unstubAllEnvs()
})

const card = {
  eyebrow: 'SIM 助手 · Smart · 充值',
  title: 'Smart 怎么充值',
  summary: '四种办法。',
  footer: 'example.org',
}

describe('share images', () => {
  it('names a card by everything it draws: the same text is the same file, any change is another', () => {
    const key = shareImageKey('template', card)
    expect(shareImageKey('template', { ...card })).toBe(key)
    for (const field of ['eyebrow', 'title', 'summary', 'footer'] as const)
      expect(shareImageKey('template', { ...card, [field]: `${card[field]}!` }), field).not.toBe(key)
    expect(shareImageKey('another template', card)).not.toBe(key)
  })

  it('says what a guide is about in its card: carrier, task, title, summary and the verified date', async () => {
    const { content } = await loadContent({ root: ROOT, cacheDir: sharedCacheDir() })
    const guide = content.guides.find((candidate) => candidate.locale === 'zh-hant' && candidate.carrier === 'smart')!
    const carrier = content.carriers.find((candidate) => candidate.id === 'smart')!
    const text = guideCardText(guide, carrier)
    expect(text.eyebrow).toContain(carrier.name['zh-hant'])
    expect(text).toMatchObject({ title: guide.title, summary: guide.summary })
    expect(text.footer).toMatch(/核實於 \d{4}年\d{1,2}月\d{1,2}日$/)
    expect(siteCardText('en').title).not.toBe(siteCardText('zh').title)
  })

  it('serves a cached card as it is, and draws one that is not cached as a 1200×630 PNG', async () => {
    const cached = await shareImageFile(ROOT, card)
    expect(path.dirname(cached)).toBe(shareImageDir(ROOT))
    mkdirSync(path.dirname(cached), { recursive: true })
    writeFileSync(cached, 'a cached card')
    expect((await shareImage(ROOT, card)).toString()).toBe('a cached card')

    const png = await shareImage(ROOT, { ...card, title: 'Smart 怎么查余额' })
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630])
  })
})
