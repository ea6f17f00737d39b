import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { LOCALES } from '../../lib/i18n/locale-codes'

const standalone = path.resolve(__dirname, '../../.next/standalone')

/**
 * The production server reads prebuilt pages and the prebuilt search index; content is compiled at build
 * time only. So the folder that is deployed carries no articles and no MDX compiler, and a search works.
 */
test('the deployed server folder has no content, no MDX compiler and no esbuild, and has the search index', () => {
  expect(existsSync(path.join(standalone, 'server.js')), 'a standalone build').toBe(true)
  for (const absent of [
    'content',
    'node_modules/mdx-bundler',
    'node_modules/esbuild',
    'node_modules/@esbuild',
    'node_modules/@mdx-js',
    '.cache/mdx',
    '.cache/content.json',
  ]) {
    expect(existsSync(path.join(standalone, absent)), absent).toBe(false)
  }
  expect(
    readdirSync(path.join(standalone, '.cache/search'))
      .filter((name) => name.endsWith('.idx'))
      .sort(),
  ).toEqual(LOCALES.map((locale) => `${locale}.idx`).sort())
})

test('the server answers a search from that folder alone', async ({ request }) => {
  const response = await request.get('/api/search?locale=en&q=smart%20load')
  expect(response.status()).toBe(200)
  const view = (await response.json()) as { results: Array<{ href: string }> }
  expect(view.results[0]?.href).toMatch(/^\/en\/smart\//)
})
