import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // The `@/` imports of tsconfig.json, so unit tests can render the presentational components.
  resolve: { alias: [{ find: /^@\//, replacement: fileURLToPath(new URL('./', import.meta.url)) }] },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    globalSetup: ['tests/unit/global-setup.ts'],
    environment: 'node',
    // Compiling MDX cold takes a few hundred ms per file on this machine.
    testTimeout: 60_000,
    // The same for loading the whole content in a beforeAll: 10 s (the default) failed on a busy shared machine.
    hookTimeout: 60_000,
  },
})
