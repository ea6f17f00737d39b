/**
 * The publish stage: everything `npm run build` does after `next build`, in this order. Each step reads
 * Next.js's output through build/next-output.ts (checked when it is read: a changed format stops here) and
 * leaves the standalone folder (`.next/standalone`) a little more complete; after the last one it is the
 * whole deployable server (docs/deploy.md).
 */
import path from 'node:path'
import { NextOutput, NextOutputError } from './next-output'
import { writeOfflineFiles } from './offline-files'
import { writeReadyResponses } from './ready-responses'
import { writeSearchIndexes } from './search-index'
import { prepareStandalone } from './standalone'
import { stripRuntimeStep } from './strip-runtime'

const projectDir = process.cwd()
// The build folder: .next, or the build benchmark's own (SIM_HELPER_DIST_DIR).
const distDir = path.resolve(projectDir, process.env.SIM_HELPER_DIST_DIR || '.next')

const steps: Array<[string, (output: NextOutput) => string | Promise<string>]> = [
  // 1. Content pages without Next.js's runtime: only the islands and structured data stay (decision 009).
  ['strip the framework runtime', stripRuntimeStep],
  // 2. Each locale's search index, tagged with this build's id: the only thing search reads (decision 004).
  ['search index', () => writeSearchIndexes(projectDir)],
  // 3. The standalone server's folder: hashed assets, public/, the search index, the report targets.
  ['standalone folder', (output) => prepareStandalone(output, projectDir)],
  // 4. Offline: each carrier's save list and the service worker (decision 005). Reads the stripped pages.
  ['offline files', (output) => writeOfflineFiles(output, projectDir)],
  // 5. Last, once every file is final: ready responses, compressed once (decision 011).
  ['ready responses', writeReadyResponses],
]

async function main() {
  const output = new NextOutput(distDir, projectDir)
  for (const [name, run] of steps) {
    const started = performance.now()
    const summary = await run(output)
    console.log(`publish: ${name} (${((performance.now() - started) / 1000).toFixed(1)}s): ${summary}`)
  }
}

main().catch((error: unknown) => {
  // A changed build output is explained in its message; anything else needs its stack.
  console.error(error instanceof NextOutputError ? error.message : error)
  process.exit(1)
})
