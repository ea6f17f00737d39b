import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './scripts/chromium'

const PORT = Number(process.env.PORT ?? 3210)
const LOAD_TESTS = /feedback-(reliability|deploy)\.spec\.ts$/
/** Tests that change what the server serves: alone, after the others. */
const DEPLOYMENT_TESTS = /new-deployment\.spec\.ts$/

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: [LOAD_TESTS, DEPLOYMENT_TESTS],
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions,
      },
    },
    // A new deployment replaces /sw.js under the running server: after the browser tests, alone.
    {
      name: 'deployment',
      testMatch: DEPLOYMENT_TESTS,
      dependencies: ['chromium'],
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions },
    },
    // Load, SIGKILL and outage tests fill both cores with their own servers: they run after the browser
    // tests, never beside the ones that wait on timers (service worker updates, offline timeouts).
    { name: 'load', testMatch: LOAD_TESTS, dependencies: ['deployment'] },
  ],
  // The production build: `npm run test:e2e` builds first, then this serves it on loopback only.
  webServer: {
    command: `npm start -- -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/zh`,
    reuseExistingServer: false,
    // Starting is quick on an idle machine (a few seconds); the margin is for a loaded one, not a budget.
    timeout: 180_000,
    // Reports sent by the browser tests go to a scratch store, not the developer's .data/.
    env: { SIM_HELPER_DATA_DIR: '.cache/e2e-feedback' },
  },
})
