/** A worker thread of scripts/build-share-images.ts: renders the cards it is given into the cache. */
import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { workerData } from 'node:worker_threads'
import { renderShareCard } from '../lib/og/render-share-card'
import type { ShareImageJob } from './build-share-images'

/** Written under a temporary name first, so a build stopped halfway never leaves half a PNG in the cache. */
async function write(file: string, png: Uint8Array) {
  await mkdir(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  await writeFile(temporary, png)
  await rename(temporary, file)
}

async function main() {
  for (const { file, text, source } of workerData as ShareImageJob[]) {
    const png = await renderShareCard(text).catch((error: Error) => {
      throw new Error(`${source}: its share image cannot be drawn: ${error.message}`)
    })
    await write(file, png)
  }
}

main().catch((error: unknown) => {
  // Thrown out of the thread: the main thread's 'error' handler reports it and the build fails.
  setImmediate(() => {
    throw error
  })
})
