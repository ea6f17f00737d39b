import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { ShareCardText } from '../../components/og/share-card'

/**
 * Share images are the costliest pages a build makes (Satori and resvg: 40–70 ms of CPU each once warm, one
 * per guide), and nearly all of them are the same from one build to the next. So each card is rendered once
 * per distinct input and kept in Next.js's cache folder, which `next build` keeps between builds, under a
 * hash of everything it depends on: its text (title, summary, carrier, task, date, host: lib/og/share-text.ts)
 * and the template, fonts and renderer (the files below). `npm run build` renders the missing ones in
 * parallel first (scripts/build-share-images.ts); the image routes then only read them.
 * Decision: docs/decisions/012-share-images-cached.md.
 */
const TEMPLATE_FILES = [
  'components/og/share-card.tsx',
  'lib/og/fonts.ts',
  'lib/og/render-share-card.tsx',
  'node_modules/@fontsource/noto-sans-sc/package.json',
  'node_modules/next/package.json',
]

/** The cache folder: inside the build folder's cache/ (the build benchmark's own SIM_HELPER_DIST_DIR too). */
export function shareImageDir(root: string): string {
  return path.join(root, process.env.SIM_HELPER_DIST_DIR || '.next', 'cache', 'share-images')
}

const templates = new Map<string, Promise<string>>()
/** A hash of the template, fonts and renderer: a change to any of them renders every card again. */
export function templateHash(root: string): Promise<string> {
  let hash = templates.get(root)
  if (!hash) {
    hash = (async () => {
      const digest = createHash('sha256')
      // Build-time only: the ignore comment keeps Next.js from tracing these files into the server folder.
      for (const file of TEMPLATE_FILES)
        digest
          .update(`${file}\0`)
          .update(await readFile(path.join(/* turbopackIgnore: true */ root, file)))
          .update('\0')
      return digest.digest('hex')
    })()
    templates.set(root, hash)
  }
  return hash
}

/** The cache's name for a card: the same text with the same template is the same PNG. */
export function shareImageKey(template: string, { eyebrow, title, summary, footer }: ShareCardText): string {
  return createHash('sha256')
    .update(JSON.stringify([template, eyebrow, title, summary, footer]))
    .digest('hex')
    .slice(0, 32)
}

export async function shareImageFile(root: string, text: ShareCardText): Promise<string> {
  return path.join(shareImageDir(root), `${shareImageKey(await templateHash(root), text)}.png`)
}

/**
 * A card's PNG: from the cache, or, when `npm run share-images` has not rendered it (a bare `next build`),
 * rendered now. Only that step writes the cache: a route that writes files would be traced by Next.js as
 * reading the whole project.
 */
export async function shareImage(root: string, text: ShareCardText): Promise<Buffer> {
  const file = await shareImageFile(root, text)
  try {
    return await readFile(/* turbopackIgnore: true */ file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  // Imported only on a miss: a build whose cards are all cached never loads Satori.
  const { renderShareCard } = await import('./render-share-card')
  return renderShareCard(text)
}

/** What an image route answers: the PNG, with the headers next/og's ImageResponse gave it. */
export async function shareImageResponse(text: ShareCardText): Promise<Response> {
  const png = await shareImage(process.cwd(), text)
  return new Response(new Uint8Array(png), {
    headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=0, must-revalidate' },
  })
}
