import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    globalSetup: ['tests/unit/global-setup.ts'],
    environment: 'node',
    // Compiling MDX cold takes a few hundred ms per file on this machine.
    testTimeout: 60_000,
  },
})
