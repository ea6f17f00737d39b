import { getDictionary, type Locale } from '@/lib/i18n'
import type { MethodOf } from '@/lib/schema/method'
import { Dial } from './dial'

/** A USSD code: large, monospaced, with a copy button, a tel: link for Android and the iPhone hint. */
export function UssdAction({ section, locale, hints }: { section: MethodOf<'ussd'>; locale: Locale; hints?: boolean }) {
  return (
    <div className="action">
      <Dial number={section.code} t={getDictionary(locale)} hints={hints} />
    </div>
  )
}
