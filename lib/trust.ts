/** How old a verification may be before a guide warns that it may be out of date. */
export const STALE_AFTER_DAYS = 365

/** True when `verified` (YYYY-MM-DD) is more than a year before `now`. Pages call it at build time. */
export function isStale(verified: string, now: Date = new Date()): boolean {
  const ageMs = now.getTime() - Date.parse(`${verified}T00:00:00Z`)
  return ageMs > STALE_AFTER_DAYS * 24 * 60 * 60 * 1000
}
