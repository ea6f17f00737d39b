import { describe, expect, it } from 'vitest'
import { loadContent } from '../../lib/pipeline/load-content'
import { ogFonts, slicesFor } from '../../lib/og/fonts'
import { sharedCacheDir, ROOT } from './helpers'

describe('fonts for share images', () => {
  it('takes plain ASCII from the Latin slice and Chinese from a few numbered slices', () => {
    expect(slicesFor('Smart SIM 3000').slices).toEqual(['latin'])
    const { slices, missing } = slicesFor('Smart 预付费卡怎么充值')
    expect(slices[0]).toBe('latin')
    expect(slices.length).toBeLessThan(8)
    expect(missing).toEqual([])
  })

  it('names what it cannot draw, instead of drawing empty boxes', async () => {
    expect(slicesFor('SIM 😀').missing).toEqual(['😀'])
    await expect(ogFonts('SIM 😀')).rejects.toThrow(/no glyph for "😀"/)
  })

  it('gives each slice its own family name in both weights (Satori uses one font per name and weight)', async () => {
    const { fonts, fontFamily } = await ogFonts('docomo 怎么查剩余流量')
    const names = [...new Set(fonts.map((font) => font.name))]
    expect(fonts.map((font) => `${font.name}/${font.weight}`).sort()).toEqual(
      names.flatMap((name) => [`${name}/400`, `${name}/700`]).sort(),
    )
    expect(fontFamily.split(', ')).toEqual(names.map((name) => `'${name}'`))
    for (const font of fonts) expect(font.data.subarray(0, 4).toString('latin1')).toBe('wOFF')
  })

  it('has a glyph for every character of every real guide title and summary, and every carrier name', async () => {
    const { content } = await loadContent({ root: ROOT, cacheDir: sharedCacheDir() })
    for (const guide of content.guides)
      expect(slicesFor(`${guide.title}${guide.summary}`).missing, guide.file).toEqual([])
    for (const carrier of content.carriers)
      expect(slicesFor(Object.values(carrier.name).join('')).missing, carrier.id).toEqual([])
  })
})
