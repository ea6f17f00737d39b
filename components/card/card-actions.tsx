import { SharedActionBody, sharedActionKey } from '@/components/hubs/shared-action'
import type { SharedAction } from '@/lib/hubs'
import type { Locale } from '@/lib/i18n'
import type { HubStrings } from '@/lib/i18n/slices'

/**
 * One section of the out-of-data card: each action once, with its cost, the menu path inside a code's menu,
 * the tasks it serves and (`label`) what the whole section needs, e.g. "Needs Wi-Fi". All of it prints.
 */
export function CardActions({
  id,
  title,
  lead,
  label,
  compact = false,
  actions,
  t,
  locale,
}: {
  id: string
  title: string
  lead?: string
  label?: string
  /** Apps and sites: merged across tasks, so no one task's menu path; on paper, one line each. */
  compact?: boolean
  actions: SharedAction[]
  t: HubStrings
  locale: Locale
}) {
  if (!actions.length) return null
  return (
    <section aria-labelledby={id} className={compact ? 'card-section card-compact' : 'card-section'}>
      <h2 id={id}>{title}</h2>
      {lead ? <p className="card-section-lead">{lead}</p> : null}
      <ul className="card-list">
        {actions.map((action) => (
          // Two apps can serve the same tasks: their names keep the keys apart.
          <li
            key={`${sharedActionKey(action)}:${'name' in action.section ? action.section.name : ''}`}
            className="card-item"
          >
            {label ? <p className="card-label">{label}</p> : null}
            <SharedActionBody action={action} t={t} locale={locale} />
            {!compact && action.section.path?.length ? (
              <p className="menu-path">
                <span className="label">{t.action.path}: </span>
                {action.section.path.join(' › ')}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
