import type { Locale } from '@/lib/i18n'
import type { ActionStrings } from '@/lib/i18n/slices'
import { telHref } from '@/lib/links'
import { abroadTone } from '@/lib/reach'
import type { Carrier } from '@/lib/schema/carrier'
import type { HotlineNumber } from '@/lib/schema/common'
import { Dial } from './dial'

export type NumberEntry = HotlineNumber & { detail?: string }

/** A carrier's registry hotlines, with their localized note and hours as the detail line. */
export function registryNumbers(hotlines: Carrier['hotlines'], locale: Locale): NumberEntry[] {
  return hotlines.map((line) => ({
    ...line,
    detail: [line.note?.[locale], line.hours].filter(Boolean).join(' · ') || undefined,
  }))
}

/**
 * Phone numbers to call, each saying who may call it and whether (and at what cost) it can be called
 * from abroad, with the international form when there is one: a freephone that works only inside the
 * country says so next to the number, never just "any phone".
 */
export function HotlineNumbers({
  numbers,
  t,
  hints = true,
}: {
  numbers: NumberEntry[]
  t: ActionStrings
  hints?: boolean
}) {
  return (
    <ul className="numbers">
      {numbers.map((entry) => (
        <li key={entry.number}>
          {entry.label ? <span className="number-label">{entry.label}</span> : null}
          <Dial number={entry.number} t={t} hints={hints} />
          <span className="number-note">
            {[t.reach.callers[entry.callers], entry.detail].filter(Boolean).join(' · ')}
          </span>
          <span className={`number-abroad reach-${abroadTone(entry.abroad)}`}>
            {t.reach.abroad[entry.abroad]}
            {entry.international && entry.international !== entry.number ? (
              <>
                {': '}
                <a href={telHref(entry.international)}>{entry.international}</a>
              </>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  )
}
