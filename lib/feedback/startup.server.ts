import { feedbackConfig } from './config'
import { isSettingError, serverStore } from './db.server'
import { StoreBusyError } from './embedded-lock'

/**
 * At server start (instrumentation.ts): check the settings and open the feedback store (applying its
 * migrations), so that a wrong setting stops the server at once, naming it, and the first report does not
 * wait. What stops the server (exit code 1): an invalid setting (DATABASE_URL, the limits), PostgreSQL
 * refusing those credentials or that database, or an embedded store another running server holds. A
 * store that is only unreachable now (PostgreSQL down) is logged: pages serve, the form answers 503,
 * `/api/ready` answers 503, and the next report tries again.
 */
export async function startFeedback(): Promise<void> {
  const stop = (message: string) => {
    console.error(`sim-helper: cannot start: ${message}`)
    process.exit(1)
  }
  try {
    feedbackConfig()
  } catch (error) {
    return stop(error instanceof Error ? error.message : String(error))
  }
  await serverStore().then(
    ({ kind }) => console.log(`feedback store ready (${kind})`),
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error)
      if (error instanceof StoreBusyError) return stop(message)
      if (isSettingError(error)) return stop(`DATABASE_URL: PostgreSQL refused it: ${message}`)
      console.warn(`feedback store not available yet: ${message}`)
    },
  )
}
