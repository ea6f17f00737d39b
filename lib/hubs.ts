import type { Guide, MethodUse } from './schema/content'
import type { MethodSection } from './schema/method'

/** Carriers grouped by country, countries in the order their first carrier appears. */
export function byCountry<T extends { country: string }>(carriers: T[]): Array<{ country: string; carriers: T[] }> {
  const groups = new Map<string, T[]>()
  for (const carrier of carriers) groups.set(carrier.country, [...(groups.get(carrier.country) ?? []), carrier])
  return [...groups].map(([country, members]) => ({ country, carriers: members }))
}

/** A carrier's registry hotlines that none of these sections already shows: each number appears once on a page. */
export function unlistedHotlines<T extends { number: string }>(hotlines: T[], sections: MethodSection[]): T[] {
  const shown = new Set(
    sections.flatMap((section) => (section.kind === 'hotline' ? section.numbers.map((entry) => entry.number) : [])),
  )
  return hotlines.filter((line) => !shown.has(line.number))
}

export interface SharedAction {
  section: MethodSection
  /** Every guide that lists this exact action (e.g. Smart's *123# serves both "check data" and "check balance"). */
  guides: Guide[]
}

/**
 * One carrier's sections of a method kind, with identical sections merged: a method hub shows each
 * code or number once, with the tasks it serves, instead of the same card once per task.
 */
export function distinctActions(uses: MethodUse[]): SharedAction[] {
  const merged = new Map<string, SharedAction>()
  for (const { guide, section } of uses) {
    // zod returns objects with the schema's key order, so equal sections serialise equally.
    const key = JSON.stringify(section)
    const entry = merged.get(key)
    if (entry) entry.guides.push(guide)
    else merged.set(key, { section, guides: [guide] })
  }
  return [...merged.values()]
}
