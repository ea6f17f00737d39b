import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { inject } from 'vitest'
import { ContentError, formatIssue } from '../../lib/pipeline/content-error'
import { checkSite } from '../../lib/check-site'

export const ROOT = path.resolve(__dirname, '../..')
export const fixture = (name: string) => path.join(ROOT, 'tests/fixtures', name)
export const freshCacheDir = () => mkdtempSync(path.join(tmpdir(), 'sim-helper-cache-'))
/** The compile cache the test run filled from the real content/, cold, once (tests/unit/global-setup.ts). */
export const sharedCacheDir = () => inject('realContentCache')
/** Fixtures are judged as of this date, so "in the future" and "older than 12 months" never drift. */
export const TODAY = '2026-11-21'

/** Check a content folder as `npm run content:check` does: the formatted errors and warnings (errors is [] when it passes). */
export async function checkFolder(contentDir: string, root = ROOT): Promise<{ errors: string[]; warnings: string[] }> {
  try {
    const { warnings } = await checkSite({ root, contentDir, cacheDir: freshCacheDir(), today: TODAY })
    return { errors: [], warnings: warnings.map(formatIssue) }
  } catch (error) {
    if (error instanceof ContentError)
      return { errors: error.issues.map(formatIssue), warnings: error.warnings.map(formatIssue) }
    throw error
  }
}

/** Load a fixture folder and return the formatted error lines, or [] when it loads cleanly. */
export async function problemsIn(name: string): Promise<string[]> {
  return (await checkFolder(fixture(name))).errors
}
