import type { TestProject } from 'vitest/node'
import { writeTraditionalDictionary } from '../../lib/pipeline/convert-dictionary'
import { zh } from '../../lib/i18n/zh'
import { loadContent } from '../../lib/pipeline/load-content'
import { freshCacheDir, ROOT } from './helpers'

declare module 'vitest' {
  export interface ProvidedContext {
    realContentCache: string
  }
}

/**
 * The Traditional UI strings are derived from zh.ts and content/traditional.yaml first (they are not
 * committed), so a test never reads stale ones. Then the real content/ is compiled cold once per test run, into a fresh cache (so a stale cache can never
 * hide a broken article); every test file that loads the real content then reads that cache.
 */
export default async function setup(project: TestProject) {
  await writeTraditionalDictionary(zh)
  const cacheDir = freshCacheDir()
  await loadContent({ root: ROOT, cacheDir })
  project.provide('realContentCache', cacheDir)
}
