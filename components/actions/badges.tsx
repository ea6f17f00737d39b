import type { Dictionary } from '@/lib/i18n'
import type { MethodSection } from '@/lib/schema/method'

/** Cost and conditions as short badges, so a traveller sees "free" or "needs Wi-Fi off" at a glance. */
export function Badges({ section, t }: { section: MethodSection; t: Dictionary }) {
  return (
    <ul className="badges" aria-label={t.action.price}>
      <li className={`badge badge-${section.cost}`}>{t.cost[section.cost]}{section.price ? ` · ${section.price}` : ''}</li>
      {section.conditions.map((condition) => (
        <li key={condition} className="badge">{t.conditions[condition]}</li>
      ))}
    </ul>
  )
}
