import { MethodAction } from '@/components/actions/method-action'
import { Badges } from '@/components/actions/badges'
import { getDictionary, type Locale } from '@/lib/i18n'
import type { MethodSection } from '@/lib/schema/method'
import type { ReactNode } from 'react'

/** One method: the action first, then cost and conditions, the menu path, and the steps. */
export function MethodCard({
  section,
  locale,
  children,
}: {
  section: MethodSection
  locale: Locale
  children?: ReactNode
}) {
  const t = getDictionary(locale)
  return (
    <div className="method-card">
      <MethodAction section={section} locale={locale} />
      {/* An SMS section's texts carry their own price and badges; the section adds nothing to them. */}
      {section.kind === 'sms' && !section.price ? null : (
        <Badges section={section} locale={locale} network={section.kind === 'ussd'} />
      )}
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
