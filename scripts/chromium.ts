import { existsSync } from 'node:fs'

// Debian's Chromium where it exists (this machine and CI cannot download Playwright's own browser).
const SYSTEM_CHROMIUM = '/usr/bin/chromium'

/** How the browser tests, the benches and the screenshots launch Chromium. */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROME_PATH ?? (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined),
  // Without the networking flags Chromium hangs on a closed network.
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
}
