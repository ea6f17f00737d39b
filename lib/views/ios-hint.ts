import { dialsFromLinkOnIos, needsIosHint } from '../links'
import type { MethodSection } from '../schema/method'

/**
 * Whether a page states the iPhone dialling hint (decision 003): once per page, above everything it
 * shows, when any action or plain number on it is a code iOS will not dial from a link.
 */
export function showsIosHint({ sections = [], numbers = [] }: { sections?: MethodSection[]; numbers?: Array<{ number: string }> }): boolean {
  return sections.some(needsIosHint) || numbers.some((line) => !dialsFromLinkOnIos(line.number))
}

/** A carrier's registry hotlines that none of these sections already shows: each number appears once on a page. */
export function unlistedHotlines<T extends { number: string }>(hotlines: T[], sections: MethodSection[]): T[] {
  const shown = new Set(sections.flatMap((section) => (section.kind === 'hotline' ? section.numbers.map((entry) => entry.number) : [])))
  return hotlines.filter((line) => !shown.has(line.number))
}
