import { LANGUAGE_TAG, languageName, type Locale } from '@/lib/i18n'
import type { ActionStrings } from '@/lib/i18n/slices'
import type { MethodOf } from '@/lib/schema/method'
import { Facts } from './facts'
import { HotlineNumbers } from './hotline-numbers'

/** A hotline: its numbers (tap to call), then hours and the languages spoken. Cost is in the badges. */
export function HotlineAction({
  section,
  t,
  locale,
  hints,
}: {
  section: MethodOf<'hotline'>
  t: ActionStrings
  locale: Locale
  hints?: boolean
}) {
  const languages = section.languages?.map((code) => languageName(code, locale))
  return (
    <div className="action">
      <HotlineNumbers numbers={section.numbers} t={t} hints={hints} />
      <Facts
        items={[
          [t.action.hours, section.hours],
          [t.action.languages, languages ? new Intl.ListFormat(LANGUAGE_TAG[locale]).format(languages) : undefined],
        ]}
      />
    </div>
  )
}
