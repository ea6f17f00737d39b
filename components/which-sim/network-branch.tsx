import { type Dictionary, format } from '@/lib/i18n'
import type { Locale } from '@/lib/i18n/locale-codes'
import { routes } from '@/lib/routes'
import type { CompanyRef } from '@/lib/views/which-sim'
import { CompanyNames } from './company-name'

/**
 * Near the top of a network's guide (docomo, au, SoftBank, Rakuten…), one line that opens (no JavaScript
 * needed) so the fastest method still shows on a phone's first screen: the traveller whose tourist SIM shows this network's name
 * is sent to the SIMs on it (the carrier registry's `host`) and to the which-SIM page.
 */
export function NetworkBranch({
  t,
  locale,
  network,
  sims,
}: {
  t: Dictionary['whichSim']
  locale: Locale
  network: string
  sims: CompanyRef[]
}) {
  return (
    <details className="network-branch">
      <summary>{format(t.branchTitle, { network })}</summary>
      <p>
        {sims.length ? (
          <>
            {t.branchText} <CompanyNames companies={sims} />
          </>
        ) : (
          t.branchNone
        )}
        <br />
        <a href={routes.whichSim(locale)}>{t.entryLink} →</a>
      </p>
    </details>
  )
}
