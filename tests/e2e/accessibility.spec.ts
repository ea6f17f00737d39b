import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures'
import { PAGE_TYPES } from './page-types'

/**
 * axe in real Chromium, every page type, light and dark: colour contrast differs per scheme. Each page is
 * loaded once and audited in light with every rule, then switched to dark (prefers-color-scheme, as a phone
 * set to dark mode reports it) and audited again with the rules that read colours: the dark scheme changes
 * colours only (app/globals.css's dark blocks set custom properties and colours, nothing else), so the other
 * rules would find in dark what they found in light, at half the suite's axe time.
 */
test.use({ colorScheme: 'light' })

/** axe's rules whose result depends on colours: text contrast, and links told apart from text by colour. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block']

for (const { name, path } of PAGE_TYPES) {
  test(`${name} (${path}) has no axe violations, in light and in dark`, async ({ page }) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(200)
    // Wait for the islands, so the copy buttons are part of what axe checks.
    await page.waitForLoadState('networkidle')
    const violations: Record<string, string[]> = {}
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      // The page is in this scheme now (the CSS follows the media query; nothing else needs a reload).
      expect(
        await page.evaluate((scheme) => matchMedia(`(prefers-color-scheme: ${scheme})`).matches, colorScheme),
      ).toBe(true)
      const axe = new AxeBuilder({ page })
      const results = await (colorScheme === 'dark' ? axe.withRules(COLOUR_RULES) : axe).analyze()
      violations[colorScheme] = results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      )
    }
    expect(violations).toEqual({ light: [], dark: [] })
  })
}
