import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ContentError, formatIssue } from '../../lib/pipeline/content-error'
import { loadContent } from '../../lib/pipeline/load-content'

export const ROOT = path.resolve(__dirname, '../..')
export const fixture = (name: string) => path.join(ROOT, 'tests/fixtures', name)
export const freshCacheDir = () => mkdtempSync(path.join(tmpdir(), 'sim-helper-cache-'))

/** Load a fixture folder and return the formatted problem lines, or [] when it loads cleanly. */
export async function problemsIn(name: string): Promise<string[]> {
  try {
    await loadContent({ root: ROOT, contentDir: fixture(name), cacheDir: freshCacheDir() })
    return []
  } catch (error) {
    if (error instanceof ContentError) return error.issues.map(formatIssue)
    throw error
  }
}
