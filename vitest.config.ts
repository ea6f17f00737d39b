import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // The `@/` imports of tsconfig.json, so unit tests can render the presentational components.
  resolve: { alias: [{ find: /^@\//, replacement: fileURLToPath(new URL('./', import.meta.url)) }] },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    globalSetup: ['tests/unit/global-setup.ts'],
    environment: 'node',
    // One test file per core, not vitest's cores − 1: many files wait on child processes (the content
    // commands, the feedback lock's contenders, PGlite), so on this 2-core machine 2 workers take the suite
    // from 82 s to 60 s idle, and 3 are no faster (63 s).
    maxWorkers: availableParallelism(),
    // Compiling MDX cold takes a few hundred ms per file on this machine.
    testTimeout: 60_000,
    // The same for loading the whole content in a beforeAll: 10 s (the default) failed on a busy shared machine.
    hookTimeout: 60_000,
  },
})
