import type { Locale } from '@/lib/i18n'
import type { ActionStrings } from '@/lib/i18n/slices'
import type { MethodOf } from '@/lib/schema/method'
import { Facts } from './facts'

/** A shop or convenience store: where to go and what to bring or pay with. */
export function StoreAction({ section, t, locale }: { section: MethodOf<'store'>; t: ActionStrings; locale: Locale }) {
  return (
    <div className="action">
      <Facts
        items={[
          [t.action.where, section.where],
          [t.action.bring, section.bring?.join(locale === 'en' ? ', ' : '、')],
        ]}
      />
    </div>
  )
}
