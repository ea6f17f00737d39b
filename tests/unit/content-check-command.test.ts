import { describe, expect, it } from 'vitest'
import { freshCacheDir } from './helpers'
import { runScript } from './scripts'

/** `npm run content:check`, as an editor (and `npm run build`) runs it. */
describe('npm run content:check', () => {
  it('prints every error, then the warnings apart, a one-line summary, and exits non-zero', () => {
    const { status, stdout, stderr } = runScript('check-content.ts', ['--content', 'tests/fixtures/broken'], {
      SIM_HELPER_CACHE_DIR: freshCacheDir(),
    })
    expect(status).toBe(1)
    const errors = stderr.trim().split('\n')
    expect(errors[0]).toBe('Errors (23):')
    expect(errors).toContain(
      "  tests/fixtures/broken/guides/zh/sample/check-data.mdx:14:11  methods[0].code  expected a USSD code such as *123# (starts with * or #, ends with #), found '123'",
    )
    expect(errors.at(-1)).toMatch(/^content check failed: 23 errors in 8 files, 1 warning in \d+\.\ds$/)
    expect(stdout.trim().split('\n')).toEqual([
      'Warnings (1):',
      '  tests/fixtures/broken/guides/en/docomo-jp/renew.mdx:1:1  locale  no zh version: tests/fixtures/broken/guides/zh/docomo-jp/renew.mdx does not exist, so this page is missing in zh',
    ])
  })

  it('passes with warnings only, and says what it checked', () => {
    const { status, stdout, stderr } = runScript(
      'check-content.ts',
      ['--content', 'tests/fixtures/mistakes/missing-translation'],
      { SIM_HELPER_CACHE_DIR: freshCacheDir() },
    )
    expect(stderr).toBe('')
    expect(status).toBe(0)
    expect(stdout).toContain(
      'Warnings (1):\n  tests/fixtures/mistakes/missing-translation/guides/en/sample/check-data.mdx:1:1  locale  no zh version',
    )
    expect(stdout).toMatch(
      /content ok: 1 guide, 1 carrier, 1 locale, 0 topics, 0 drafts, 1 warning \(1 compiled, 0 from cache\) in \d+\.\ds\n$/,
    )
  })
})
