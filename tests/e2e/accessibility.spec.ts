import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures'
import { PAGE_TYPES } from './page-types'

/** axe in real Chromium, every page type, light and dark: colour contrast differs per scheme. */
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })

    for (const { name, path } of PAGE_TYPES) {
      test(`${name} (${path}) has no axe violations`, async ({ page }) => {
        const response = await page.goto(path)
        expect(response?.status()).toBe(200)
        // Wait for hydration, so the copy buttons are part of what axe checks.
        await page.waitForLoadState('networkidle')
        const results = await new AxeBuilder({ page }).analyze()
        const summary = results.violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        )
        expect(summary).toEqual([])
      })
    }
  })
}
