/**
 * A step of `npm run build`, before `next build`: every share image the site has (one per guide, one site
 * card per language), rendered into the cache that the image routes read (lib/og/share-image.ts). Only cards
 * whose text, template or font changed are rendered, on worker threads (one per core); cards no page uses
 * any more are removed. `next build` then prerenders the image routes from these files instead of drawing them.
 */
import { readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import type { ShareCardText } from '../components/og/share-card'
import { LOCALES } from '../lib/i18n/locales'
import { shareImageDir, shareImageKey, templateHash } from '../lib/og/share-image'
import { guideCardText, siteCardText } from '../lib/og/share-text'
import { readBuiltContent } from '../lib/pipeline/content-snapshot'

export interface ShareImageJob {
  file: string
  text: ShareCardText
  /** What the card is for, to name in an error: the guide's file, or the site card's locale. */
  source: string
}

/** Fewer cards than this per thread are not worth a thread's start-up (about a second: React, Satori, resvg). */
const CARDS_PER_THREAD = 16

async function main() {
  const root = process.cwd()
  const started = performance.now()
  const content = await readBuiltContent(root)
  const carriers = new Map(content.carriers.map((carrier) => [carrier.id, carrier]))
  const cards = [
    ...LOCALES.map((locale) => ({ source: `the site card (${locale})`, text: siteCardText(locale) })),
    ...content.guides.map((guide) => {
      const carrier = carriers.get(guide.carrier)
      if (!carrier) throw new Error(`${guide.file}: no carrier ${guide.carrier}`)
      return { source: guide.file, text: guideCardText(guide, carrier) }
    }),
  ]
  const template = await templateHash(root)
  const dir = shareImageDir(root)
  const wanted = new Map(cards.map((card) => [`${shareImageKey(template, card.text)}.png`, card]))
  const present = new Set(await readdir(dir).catch(() => []))
  const jobs = [...wanted]
    .filter(([name]) => !present.has(name))
    .map(([name, card]): ShareImageJob => ({ file: path.join(dir, name), ...card }))
  const stale = [...present].filter((name) => !wanted.has(name))
  await Promise.all(stale.map((name) => rm(path.join(dir, name), { force: true })))
  const threads = Math.min(os.availableParallelism(), Math.ceil(jobs.length / CARDS_PER_THREAD))
  await Promise.all(
    Array.from({ length: threads }, (_, thread) => render(jobs.filter((_, index) => index % threads === thread))),
  )
  console.log(
    `share images: ${wanted.size} (${jobs.length} rendered on ${threads} thread${threads === 1 ? '' : 's'}, ` +
      `${wanted.size - jobs.length} from cache, ${stale.length} removed) in ${((performance.now() - started) / 1000).toFixed(1)}s`,
  )
}

/** One worker thread rendering its share of the cards (scripts/share-image-worker.ts, through tsx). */
function render(jobs: ShareImageJob[]): Promise<void> {
  const worker = path.join(__dirname, 'share-image-worker.ts')
  return new Promise((resolve, reject) => {
    const thread = new Worker(`require('tsx/cjs'); require(${JSON.stringify(worker)})`, {
      eval: true,
      workerData: jobs,
    })
    thread.on('error', reject)
    thread.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`share image thread exited with ${code}`))))
  })
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
