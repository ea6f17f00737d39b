/**
 * `npm run screenshots`: photographs one page of every type at 360 px and 1280 px, in light and dark,
 * into screenshots/ (gitignored), so a person can look at the pages without a phone at hand.
 * It serves the production build in .next (run `npm run build` first) on $PORT, or shoots $BASE_URL if set.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { PAGE_TYPES } from '../tests/e2e/page-types'
import { chromiumLaunchOptions } from './chromium'

const WIDTHS = [360, 1280] as const
const SCHEMES = ['light', 'dark'] as const
const OUT = path.join(process.cwd(), 'screenshots')

async function main() {
  const port = Number(process.env.PORT ?? 3000)
  let server: ChildProcess | undefined
  let base = process.env.BASE_URL
  if (!base) {
    if (!existsSync('.next/BUILD_ID'))
      throw new Error('No production build in .next: run `npm run build` first (or set BASE_URL).')
    base = `http://127.0.0.1:${port}`
    // The production server as `npm start` runs it (the request guard, the ready responses, Next.js).
    server = spawn(process.execPath, ['server/start.mjs', '-p', String(port)], { stdio: 'ignore' })
    await waitFor(`${base}/zh`)
  }
  mkdirSync(OUT, { recursive: true })
  const browser = await chromium.launch(chromiumLaunchOptions)
  try {
    for (const width of WIDTHS) {
      for (const colorScheme of SCHEMES) {
        const context = await browser.newContext({
          viewport: { width, height: width === 360 ? 780 : 900 },
          colorScheme,
          deviceScaleFactor: 1,
        })
        const page = await context.newPage()
        for (const { name, path: pagePath } of PAGE_TYPES) {
          const response = await page.goto(`${base}${pagePath}`)
          const file = path.join(OUT, `${name}-${width}-${colorScheme}.png`)
          await page.screenshot({ path: file, fullPage: true })
          console.log(`${response?.status()} ${pagePath} → ${path.relative(process.cwd(), file)}`)
        }
        await context.close()
      }
    }
  } finally {
    await browser.close()
    server?.kill()
  }
}

async function waitFor(url: string, timeoutMs = 60_000) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`)
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
