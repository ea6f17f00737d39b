import type { Dictionary } from '@/lib/i18n'
import type { Locale } from '@/lib/i18n/locale-codes'
import { routes } from '@/lib/routes'

/** "Not sure which company manages your SIM? →": on the home page, every carrier hub and every guide. */
export function WhichSimLink({ t, locale }: { t: Dictionary['whichSim']; locale: Locale }) {
  return (
    <p className="which-sim-link">
      <a href={routes.whichSim(locale)}>{t.entryLink} →</a>
    </p>
  )
}
