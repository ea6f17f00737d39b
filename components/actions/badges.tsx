import { getDictionary, type Locale } from '@/lib/i18n'
import type { Condition, MethodSection } from '@/lib/schema/method'

/** Conditions that help rather than restrict get the "good" colour; the rest read as a caution. */
const HELPFUL: readonly Condition[] = ['works-abroad']

/**
 * Cost and conditions as short badges, so a traveller sees "free" or "turn Wi-Fi off" at a glance.
 * Hubs pass `confidence`: they show no per-method note, so a badge says when the facts are second-hand.
 */
export function Badges({ section, locale, confidence = false }: { section: MethodSection; locale: Locale; confidence?: boolean }) {
  const t = getDictionary(locale)
  return (
    <ul className="badges" aria-label={t.traveller.costAndConditions}>
      <li className={`badge badge-${section.cost}`}>{t.cost[section.cost]}{section.price ? ` · ${section.price}` : ''}</li>
      {section.conditions.map((condition) => (
        <li key={condition} className={`badge ${HELPFUL.includes(condition) ? 'badge-good' : 'badge-caution'}`}>{t.conditions[condition]}</li>
      ))}
      {confidence && section.confidence === 'medium' ? <li className="badge badge-caution">{t.traveller.olderSource}</li> : null}
    </ul>
  )
}
