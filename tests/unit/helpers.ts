import { existsSync, mkdtempSync } from 'node:fs'
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

const sharedCandidates = () =>
  [process.env.SIM_HELPER_SHARED_DIR, path.resolve(ROOT, '../shared'), path.resolve(ROOT, '../../shared')].filter(
    (dir): dir is string => Boolean(dir),
  )

/**
 * A file from the lead's shared folder (the checked facts, the seed articles), which lives beside the
 * checkouts rather than in the repository: `../shared` from the main checkout (and in CI, which lays a
 * copy beside its clone), `../../shared` from a worktree, or SIM_HELPER_SHARED_DIR.
 */
export function sharedPath(relative: string): string | undefined {
  return sharedCandidates()
    .map((dir) => path.join(dir, relative))
    .find((file) => existsSync(file))
}

/** Like sharedPath, but a missing file is a failure that says where it was looked for: tests that need it never skip silently. */
export function requireShared(relative: string): string {
  const file = sharedPath(relative)
  if (!file) {
    const tried = sharedCandidates()
      .map((dir) => path.join(dir, relative))
      .join(', ')
    throw new Error(
      `shared/${relative} is needed to check the content's provenance and was not found (looked in ${tried}); put shared/ beside the checkout or set SIM_HELPER_SHARED_DIR`,
    )
  }
  return file
}

/** Load a fixture folder and return the formatted error lines, or [] when it loads cleanly. */
export async function problemsIn(name: string): Promise<string[]> {
  return (await checkFolder(fixture(name))).errors
}
