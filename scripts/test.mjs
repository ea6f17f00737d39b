/**
 * `npm test`: every check the project has, in order, stopping at the first that fails (as `&&` would),
 * then a table of how long each phase took against its budget on the reference machine (2 cores, see
 * README "Tests"). Over budget is printed, never failed: timings on a shared machine are not assertions.
 */
import { spawnSync } from 'node:child_process'

/** Each phase: the npm script it runs and its budget in seconds (undefined: no budget of its own). */
const PHASES = [
  { name: 'lint', script: 'lint', budget: 30 },
  { name: 'format', script: 'format:check', budget: 30 },
  { name: 'types', script: 'typecheck', budget: 90 },
  { name: 'unit tests', script: 'test:unit', budget: 60 },
  { name: 'production build', script: 'build', budget: 240 },
  { name: 'browser tests', script: 'test:browser', budget: 420 },
]
/** The whole suite, on the reference machine. */
const TOTAL_BUDGET = 12 * 60

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const rows = []
let failed
for (const phase of PHASES) {
  const started = performance.now()
  const result = spawnSync(npm, ['run', '--silent', phase.script], { stdio: 'inherit' })
  rows.push({ ...phase, seconds: (performance.now() - started) / 1000 })
  if (result.status !== 0) {
    failed = phase.name
    break
  }
}

const total = rows.reduce((sum, row) => sum + row.seconds, 0)
const line = (name, seconds, budget) =>
  `  ${name.padEnd(18)} ${seconds.toFixed(0).padStart(5)} s   budget ${String(budget).padStart(4)} s${seconds > budget ? '   OVER' : ''}`
console.log('\nphase durations:')
for (const row of rows) console.log(line(row.name, row.seconds, row.budget))
console.log(line('whole suite', total, TOTAL_BUDGET))
if (failed) {
  console.error(`npm test: ${failed} failed`)
  process.exit(1)
}
