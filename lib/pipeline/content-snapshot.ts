import { createHash, randomUUID } from 'node:crypto'
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Content } from '../schema/content'
import { defaultContentDir } from './read-files'

/**
 * The content as `npm run content:check` (the first step of `npm run build`) checked it, written once so
 * the later steps (every `next build` worker, the search index, the offline lists) read one JSON file
 * instead of reading, validating and compiling every article again. The file names what it was made from
 * (a hash of the content folder and of the code that reads it), so an edit since is never served stale:
 * then the content is loaded as usual.
 */
const snapshotFile = (root: string) => path.join(root, '.cache', 'content.json')

/** What the snapshot depends on: every content file, and the schema and pipeline code. */
async function fingerprint(root: string): Promise<string> {
  const hash = createHash('sha256')
  for (const dir of [defaultContentDir(root), path.join(root, 'lib/schema'), path.join(root, 'lib/pipeline')]) {
    // Build-time only: the ignore comments keep Next.js from tracing the whole project into the server folder.
    const files = (await readdir(/* turbopackIgnore: true */ dir, { recursive: true, withFileTypes: true })).filter(
      (entry) => entry.isFile(),
    )
    const names = files.map((entry) => path.join(entry.parentPath, entry.name)).sort()
    for (const name of names)
      hash
        .update(`${path.relative(root, name)}\0`)
        .update(await readFile(/* turbopackIgnore: true */ name))
        .update('\0')
  }
  return hash.digest('hex')
}

export async function writeBuiltContent(root: string, content: Content): Promise<void> {
  const file = snapshotFile(root)
  await mkdir(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.${randomUUID()}.tmp`
  await writeFile(temporary, JSON.stringify({ fingerprint: await fingerprint(root), content }))
  await rename(temporary, file)
}

/** The published content: from the snapshot when it matches the files, otherwise loaded (and checked) afresh. */
export async function readBuiltContent(root: string): Promise<Content> {
  try {
    const [saved, current] = await Promise.all([readFile(snapshotFile(root), 'utf8'), fingerprint(root)])
    const snapshot = JSON.parse(saved) as { fingerprint: string; content: Content }
    if (snapshot.fingerprint === current) return snapshot.content
  } catch {
    // No snapshot (a bare `next build`) or a half-written one: load the content instead.
  }
  // Imported here, not at the top: reading a snapshot must not load the MDX compiler.
  const { loadContent } = await import('./load-content')
  return (await loadContent({ root })).content
}
