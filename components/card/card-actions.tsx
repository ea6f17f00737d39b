import { SharedActionBody, sharedActionKey } from '@/components/hubs/shared-action'
import type { SharedAction } from '@/lib/hubs'
import type { Locale } from '@/lib/i18n'

/** One section of the out-of-data card: each action once, with its cost and the tasks it serves. */
export function CardActions({
  id,
  title,
  actions,
  locale,
}: {
  id: string
  title: string
  actions: SharedAction[]
  locale: Locale
}) {
  if (!actions.length) return null
  return (
    <section aria-labelledby={id} className="card-section">
      <h2 id={id}>{title}</h2>
      <ul className="card-list">
        {actions.map((action) => (
          <li key={sharedActionKey(action)} className="card-item">
            <SharedActionBody action={action} locale={locale} />
          </li>
        ))}
      </ul>
    </section>
  )
}
