/**
 * One would-be holder of the embedded store's lock, for tests/unit/feedback-lock.test.ts. Once loaded it
 * says "ready" on stdout and waits for a line on stdin (the parent sends it to every contender at once,
 * so that several start together however long each took to load), takes the lock, says what happened
 * ("took <pid>" or "busy <reason>"), and a holder keeps the lock until stdin closes (the parent closes it
 * once every contender has answered), then exits, releasing it.
 */
import { createInterface } from 'node:readline'
import { StoreBusyError, takeLock } from '../../../lib/feedback/embedded-lock'

const [dataDir] = process.argv.slice(2)
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]()
console.log('ready')
await lines.next() // "go"
try {
  await takeLock(dataDir)
  console.log(`took ${process.pid}`)
  await lines.next() // done once stdin closes
} catch (error) {
  if (!(error instanceof StoreBusyError)) throw error
  console.log(`busy ${error.message}`)
}
process.exit(0)
