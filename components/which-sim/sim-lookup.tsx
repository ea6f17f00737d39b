import type { Dictionary } from '@/lib/i18n'
import type { MatchRow } from '@/lib/identify-match'

export interface SimLookupData {
  strings: Dictionary['whichSim']['lookup']
  rows: Array<MatchRow & { id: string }>
}

/**
 * The lookup: an empty, hidden container that islands/which-sim.ts fills with a text box where JavaScript
 * runs. It answers with copies of the table rows below (lib/identify-match.ts picks them), offline too:
 * everything it needs is in the page. Without JavaScript the tables are the answer.
 */
export function SimLookup(props: SimLookupData) {
  return (
    <div className="sim-lookup" data-island={JSON.stringify(props)} hidden>
      <script src="/islands/which-sim.js" async />
    </div>
  )
}
