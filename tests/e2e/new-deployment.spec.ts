import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { getGuide } from '../../lib/guides'
import { getDictionary } from '../../lib/i18n'
import { savedCacheName } from '../../lib/offline/cache-names'
import { routes } from '../../lib/routes'
import { expect, test } from './fixtures'
import { contextErrors, SAVE_TIMEOUT, controlled, workerVersion } from './offline'

/*
 * This test changes what the server serves (it replaces /sw.js on disk), so it runs in its own Playwright
 * project, after the other browser tests and alone (playwright.config.ts): beside them, their workers could
 * update to the "new deployment" too, and their load slowed this one (it failed 2 of 6 full runs when it
 * ran beside them, and never alone).
 */
const root = path.resolve(__dirname, '../..')
const zh = getDictionary('zh')

/**
 * A new deployment, simulated where it matters: the server's /sw.js changes (a new build id, a new revision
 * of the offline page), while this phone still holds the previous deployment's copies of a page.
 */
test('back online, a new deployment’s worker takes over and pages come from the server; saved guides stay', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000)
  const workerErrors = contextErrors(context)
  const workerFile = path.join(root, '.next/standalone/public/sw.js')
  const original = await readFile(workerFile, 'utf8')
  const buildId = (await readFile(path.join(root, '.next/BUILD_ID'), 'utf8')).trim()
  const topUp = routes.guide('zh', 'smart', 'top-up')
  const title = (await getGuide('zh', 'smart', 'top-up'))!.title

  await page.goto(routes.carrier('zh', 'smart'))
  await controlled(page)
  expect(await workerVersion(page)).toBe(buildId)
  await page.getByRole('button', { name: zh.offline.save.button }).click()
  await expect(page.locator('.save-trip')).toHaveAttribute('data-state', 'saved', { timeout: SAVE_TIMEOUT })
  await page.goto(topUp)
  // The copies kept on the phone now read "Old deployment", in the saved carrier and in the visited pages.
  await page.evaluate(
    async ([url, saved, title]) => {
      // Everywhere the title appears (the HTML and React's payload in it), so hydration keeps the old text.
      const stale = (await (await (await caches.open(saved)).match(url))!.text()).replaceAll(title, 'Old deployment')
      for (const name of [saved, 'pages'])
        await (await caches.open(name)).put(
          url,
          new Response(stale, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }),
        )
    },
    [topUp, savedCacheName('zh', 'smart'), title],
  )

  const next = `${buildId}-next`
  try {
    await writeFile(
      workerFile,
      original.replaceAll(buildId, next).replace(/(url:"\/zh\/offline",revision:")[0-9a-f]+/, '$1feedfacefeedface'),
    )
    // Ask for the update at each try, as the browser does at each navigation: an update check the browser
    // began on its own before the new /sw.js was written (after the last page load, later on a loaded
    // machine) absorbs a single update() call, finds the old worker unchanged, and nothing asks again.
    const updatedVersion = async () => {
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update().catch(() => {}))
      return workerVersion(page)
    }
    await expect.poll(updatedVersion, { timeout: 30_000 }).toBe(next)
    // The new worker drops the old offline page as it activates (it may answer messages a moment before).
    const offlinePageEntries = () =>
      page.evaluate(async () => {
        const name = (await caches.keys()).find((key) => key.includes('precache'))!
        return (await (await caches.open(name)).keys())
          .map((request) => request.url)
          .filter((url) => url.includes('/zh/offline'))
      })
    await expect.poll(offlinePageEntries, { timeout: 15_000 }).toEqual([expect.stringContaining('feedfacefeedface')])

    // Online, the page comes from the server, not from a copy on the phone…
    await page.goto(topUp)
    await expect(page.locator('h1')).toHaveText(title)
    // …and offline, the saved carrier still opens (a page not visited since, so only the saved copy has it).
    await context.setOffline(true)
    await page.goto(routes.guide('zh', 'smart', 'renew'))
    await expect(page.locator('h1')).toHaveText((await getGuide('zh', 'smart', 'renew'))!.title)
  } finally {
    await writeFile(workerFile, original)
  }
  expect(workerErrors).toEqual([])
})
