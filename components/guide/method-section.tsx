import { MethodAction } from '@/components/actions/method-action'
import { Badges } from '@/components/actions/badges'
import type { Dictionary } from '@/lib/i18n'
import type { MethodSection } from '@/lib/schema/method'
import type { ReactNode } from 'react'

/** One method: the action first, then cost and conditions, the menu path, and the steps. */
export function MethodCard({ section, t, children }: { section: MethodSection; t: Dictionary; children?: ReactNode }) {
  return (
    <div className="method-card">
      <MethodAction section={section} t={t} />
      <Badges section={section} t={t} />
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
