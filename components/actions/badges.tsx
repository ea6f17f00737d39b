import type { Locale } from '@/lib/i18n'
import type { ActionStrings } from '@/lib/i18n/slices'
import { priceDateLabel, roamingUndocumented } from '@/lib/reach'
import type { Condition, MethodSection, PriceSource } from '@/lib/schema/method'

/** Conditions that help rather than restrict get the "good" colour; the rest read as a caution. */
const HELPFUL: readonly Condition[] = ['works-abroad']

/** What one badge list describes: a whole method section, or one route of it (a number, a text). */
export interface BadgeData {
  cost?: MethodSection['cost']
  price?: string
  priceSource?: PriceSource
  conditions: Condition[]
  confidence?: MethodSection['confidence']
}

/**
 * Cost and conditions as short badges, so a traveller sees "free" or "turn Wi-Fi off" at a glance.
 * Hubs pass `confidence`: they show no per-method note, so a badge says when the facts are second-hand.
 * `network`: the action goes over the mobile network (a code, a text, a call), so when its own data says
 * nothing about roaming the badges say so rather than stay silent.
 */
export function Badges({
  section,
  t,
  locale,
  confidence = false,
  network = false,
}: {
  section: BadgeData
  t: ActionStrings
  locale: Locale
  confidence?: boolean
  network?: boolean
}) {
  const price = [section.cost ? t.cost[section.cost] : undefined, section.price].filter(Boolean).join(' · ')
  return (
    <ul className="badges" aria-label={t.guide.costAndConditions}>
      {price ? <li className={`badge badge-${section.cost ?? 'not-stated'}`}>{price}</li> : null}
      {section.price && section.priceSource ? (
        <li className="badge badge-date">{priceDateLabel(section.priceSource, t.reach, locale)}</li>
      ) : null}
      {section.conditions.map((condition) => (
        <li key={condition} className={`badge ${HELPFUL.includes(condition) ? 'badge-good' : 'badge-caution'}`}>
          {t.conditions[condition]}
        </li>
      ))}
      {network && roamingUndocumented(section.conditions) ? (
        <li className="badge badge-not-stated">{t.reach.roamingNotDocumented}</li>
      ) : null}
      {confidence && section.confidence === 'medium' ? (
        <li className="badge badge-caution">{t.guide.olderSource}</li>
      ) : null}
    </ul>
  )
}
