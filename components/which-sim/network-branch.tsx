import { Link } from '@/components/link'
import { format, getDictionary } from '@/lib/i18n'
import type { Locale } from '@/lib/i18n/locale-codes'
import { routes } from '@/lib/routes'
import type { CompanyRef } from '@/lib/views/which-sim'
import { CompanyNames } from './company-name'

/**
 * Near the top of a network's guide (docomo, au, SoftBank, Rakuten…), in one short paragraph so the fastest
 * method still shows on a phone's first screen: the traveller whose tourist SIM shows this network's name
 * is sent to the SIMs on it (the carrier registry's `host`) and to the which-SIM page.
 */
export function NetworkBranch({ locale, network, sims }: { locale: Locale; network: string; sims: CompanyRef[] }) {
  const t = getDictionary(locale).whichSim
  return (
    <p className="network-branch">
      <strong>{format(t.branchTitle, { network })}</strong>{' '}
      {sims.length ? (
        <>
          {t.branchText} <CompanyNames companies={sims} />
        </>
      ) : (
        t.branchNone
      )}{' '}
      <Link href={routes.whichSim(locale)}>{t.entryLink} →</Link>
    </p>
  )
}
