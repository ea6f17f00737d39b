import type { TestProject } from 'vitest/node'
import { loadContent } from '../../lib/pipeline/load-content'
import { freshCacheDir, ROOT } from './helpers'

declare module 'vitest' {
  export interface ProvidedContext {
    realContentCache: string
  }
}

/**
 * The real content/ is compiled cold once per test run, into a fresh cache (so a stale cache can never
 * hide a broken article); every test file that loads the real content then reads that cache.
 */
export default async function setup(project: TestProject) {
  const cacheDir = freshCacheDir()
  await loadContent({ root: ROOT, cacheDir })
  project.provide('realContentCache', cacheDir)
}
