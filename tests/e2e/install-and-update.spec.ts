import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { routes } from '../../lib/routes'
import { expect, test } from './fixtures'
import { controlled } from './offline'

test('Chromium finds the site installable, with a manifest that opens the app in the page’s language', async ({
  playwright,
  request,
}, testInfo) => {
  // A browser profile on disk: Chromium never offers to install from an incognito-like context.
  const profile = await mkdtemp(path.join(tmpdir(), 'sim-helper-install-'))
  const context = await playwright.chromium.launchPersistentContext(profile, {
    ...testInfo.project.use.launchOptions,
    baseURL: testInfo.project.use.baseURL,
  })
  try {
    const page = await context.newPage()
    await page.goto(routes.carrier('en', 'smart'))
    await controlled(page)
    const cdp = await context.newCDPSession(page)
    expect((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([])
    const { url, errors } = await cdp.send('Page.getAppManifest')
    expect(errors).toEqual([])
    expect(new URL(url).pathname).toBe(routes.manifest('en'))
    await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2)
  } finally {
    await context.close()
    await rm(profile, { recursive: true, force: true })
  }
  const manifest = await (await request.get(routes.manifest('en'))).json()
  expect(manifest).toMatchObject({ start_url: '/en', lang: 'en', display: 'standalone', name: 'SIM Helper' })
  expect(manifest.icons.map((icon: { purpose: string }) => icon.purpose)).toContain('maskable')
  for (const icon of manifest.icons as Array<{ src: string; sizes: string; type: string }>) {
    const png = await (await request.get(icon.src)).body()
    // A PNG's width and height are the two big-endian numbers after its IHDR tag.
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes)
  }
})
