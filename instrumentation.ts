/** Runs once when a server starts: the settings and the feedback store (lib/feedback/startup.server.ts). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { startFeedback } = await import('./lib/feedback/startup.server')
  await startFeedback()
}
