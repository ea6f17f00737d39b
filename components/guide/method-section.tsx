import { MethodAction } from '@/components/actions/method-action'
import { Badges } from '@/components/actions/badges'
import { worksOverWifi } from '@/lib/card'
import type { Locale } from '@/lib/i18n'
import type { ActionStrings } from '@/lib/i18n/slices'
import type { MethodSection } from '@/lib/schema/method'
import type { ReactNode } from 'react'

/** One method: the action first, then cost and conditions, Wi-Fi first where it helps, the menu path, and the steps. */
export function MethodCard({
  section,
  t,
  locale,
  children,
}: {
  section: MethodSection
  t: ActionStrings
  locale: Locale
  children?: ReactNode
}) {
  return (
    <div className="method-card">
      <MethodAction section={section} t={t} locale={locale} />
      {/* An SMS section's texts carry their own price and badges; the section adds nothing to them. */}
      {section.kind === 'sms' && !section.price ? null : (
        <Badges section={section} t={t} locale={locale} network={section.kind === 'ussd'} />
      )}
      {/* An app or site needs the internet, not this SIM's data: say so where a traveller has run out. */}
      {worksOverWifi(section) ? <p className="wifi-first">{t.action.wifiFirst}</p> : null}
      {section.path?.length ? (
        <p className="menu-path">
          <span className="label">{t.action.path}: </span>
          {section.path.join(' › ')}
        </p>
      ) : null}
      {section.confidence === 'medium' ? <p className="note">{t.guide.mediumConfidence}</p> : null}
      {children}
    </div>
  )
}
