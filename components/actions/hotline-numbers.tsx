import type { Dictionary } from '@/lib/i18n'
import { telHref } from '@/lib/links'
import type { HotlineNumber } from '@/lib/schema/common'

/** Phone numbers as tap-to-call links, each with who may call it and the form to dial from abroad. */
export function HotlineNumbers({ numbers, t }: { numbers: HotlineNumber[]; t: Dictionary }) {
  return (
    <ul className="numbers">
      {numbers.map((entry) => (
        <li key={entry.number}>
          <a className="action-link number" href={telHref(entry.number)}>{entry.number}</a>
          <span className="number-note">
            {entry.label ? `${entry.label} · ` : ''}
            {t.callers[entry.callers]}
          </span>
          {entry.international ? (
            <a className="number-intl" href={telHref(entry.international)}>{entry.international}</a>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
