/**
 * Runs once when a server starts: open the feedback store and apply its migrations, so the first report
 * does not wait for them. A store that cannot be opened now (PostgreSQL down) is only logged: pages serve
 * as usual, the form answers 503, and the next report tries again.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { serverStore } = await import('./lib/feedback/db.server')
  await serverStore().then(
    ({ kind }) => console.log(`feedback store ready (${kind})`),
    (error: unknown) =>
      console.warn(`feedback store not available yet: ${error instanceof Error ? error.message : error}`),
  )
}
