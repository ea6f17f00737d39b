/**
 * One would-be holder of the embedded store's lock, for tests/unit/feedback-lock.test.ts: waits until
 * the wall-clock time given (so that several start together), takes the lock, says what happened on
 * stdout ("took" or "busy <reason>"), holds it a while, then exits (releasing it).
 */
import { StoreBusyError, takeLock } from '../../../lib/feedback/embedded-lock'

const [dataDir, startAt, holdMs] = process.argv.slice(2)
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())))
try {
  await takeLock(dataDir)
  console.log(`took ${process.pid}`)
  await new Promise((resolve) => setTimeout(resolve, Number(holdMs)))
} catch (error) {
  if (!(error instanceof StoreBusyError)) throw error
  console.log(`busy ${error.message}`)
}
process.exit(0)
