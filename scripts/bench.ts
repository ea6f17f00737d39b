/**
 * `npm run bench`: measurements that must not become timed test assertions (the machine is shared and
 * noisy). Each section prints a table and returns its figures; all figures also go to
 * .cache/bench/results.json. Add a section by adding an entry to SECTIONS.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { benchBuildScale } from './bench/build-scale'
import { benchFeedback } from './bench/feedback'
import { benchPageWeight } from './bench/page-weight'
import { benchSearch } from './bench/search'
import { benchServer } from './bench/server'
import { benchThrottled } from './bench/throttled'

// Page weight, server load and feedback use the production build (`npm run build` first); build scale makes its own.
const SECTIONS: Record<string, (root: string) => Promise<unknown>> = {
  weight: benchPageWeight,
  throttled: benchThrottled,
  server: benchServer,
  search: benchSearch,
  feedback: benchFeedback,
  build: benchBuildScale,
}

async function main() {
  const root = process.cwd()
  const only = process.argv.slice(2)
  // Page weight and server load measure the production build: on a fresh clone, build it first.
  const needsBuild =
    !only.length ||
    only.includes('weight') ||
    only.includes('throttled') ||
    only.includes('server') ||
    only.includes('feedback')
  if (needsBuild && !existsSync(path.join(root, '.next/standalone/server.js'))) {
    console.log('No production build yet: running npm run build first.')
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  }
  const results: Record<string, unknown> = {}
  for (const [name, run] of Object.entries(SECTIONS)) {
    if (only.length && !only.includes(name)) continue
    console.log(`\n## ${name}`)
    results[name] = await run(root)
  }
  const file = path.join(root, '.cache', 'bench', 'results.json')
  await mkdir(path.dirname(file), { recursive: true })
  const machine = {
    node: process.version,
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    date: new Date().toISOString(),
  }
  await writeFile(file, `${JSON.stringify({ machine, ...results }, null, 2)}\n`)
  console.log(`\nFigures written to ${path.relative(root, file)}`)
}

void main()
