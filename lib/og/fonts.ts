import { readFile } from 'node:fs/promises'
import path from 'node:path'
import unicodeRanges from '@fontsource/noto-sans-sc/unicode.json'

/**
 * Fonts for the generated Open Graph images. next/og's built-in font has no CJK glyphs, so Chinese
 * titles would come out as empty boxes. Noto Sans SC (OFL) comes from the @fontsource package, which
 * ships the font pre-sliced into ~100 small WOFF files by Unicode range (the Google Fonts slicing).
 * We load only the slices that hold the characters an image actually draws: a few hundred KB instead of
 * a multi-megabyte font, so each image renders fast and nothing is committed to the repository.
 * (Satori reads TTF, OTF and WOFF, not WOFF2.)
 */
export const OG_FONT_FAMILY = 'Noto Sans SC'
export type OgWeight = 400 | 700

interface Slice {
  name: string
  ranges: Array<[number, number]>
}

// Latin first, so plain ASCII comes from the small Latin slice.
const SLICES: Slice[] = Object.entries(unicodeRanges as Record<string, string>)
  .map(([key, value]) => ({
    name: key.replace(/^\[(\d+)\]$/, '$1'),
    ranges: value.split(',').map((range): [number, number] => {
      const [from, to = from] = range.trim().replace(/^U\+/i, '').split('-')
      return [parseInt(from, 16), parseInt(to, 16)]
    }),
  }))
  .sort((a, b) => Number(b.name === 'latin') - Number(a.name === 'latin'))

/** The slices covering `text`, and any characters no slice covers (they would render as boxes). */
export function slicesFor(text: string): { slices: string[]; missing: string[] } {
  const slices = new Set<string>()
  const missing: string[] = []
  for (const char of new Set(text.replace(/\s/g, ''))) {
    const point = char.codePointAt(0)!
    const slice = SLICES.find((candidate) => candidate.ranges.some(([from, to]) => point >= from && point <= to))
    if (slice) slices.add(slice.name)
    else missing.push(char)
  }
  return { slices: [...slices], missing }
}

const FILES = path.join(process.cwd(), 'node_modules', '@fontsource', 'noto-sans-sc', 'files')
const cache = new Map<string, Promise<Buffer>>()
const readSlice = (slice: string, weight: OgWeight) => {
  const file = path.join(FILES, `noto-sans-sc-${slice}-${weight}-normal.woff`)
  let data = cache.get(file)
  if (!data) cache.set(file, (data = readFile(file)))
  return data
}

/**
 * Font entries for ImageResponse covering every character of `text`, in regular and bold. Satori uses
 * one font per family name and weight and falls back across family names, so each slice gets its own
 * name; `fontFamily` lists them all for the card's style.
 */
export async function ogFonts(text: string) {
  const { slices, missing } = slicesFor(text)
  if (missing.length)
    throw new Error(
      `Noto Sans SC has no glyph for ${missing.map((char) => JSON.stringify(char)).join(', ')} in an Open Graph image`,
    )
  const WEIGHTS: OgWeight[] = [400, 700]
  const fonts = await Promise.all(
    slices.flatMap((slice) =>
      WEIGHTS.map(async (weight) => ({
        name: `${OG_FONT_FAMILY} ${slice}`,
        data: await readSlice(slice, weight),
        weight,
        style: 'normal' as const,
      })),
    ),
  )
  return { fonts, fontFamily: slices.map((slice) => `'${OG_FONT_FAMILY} ${slice}'`).join(', ') }
}
