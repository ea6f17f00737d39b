import { getDictionary, type Locale } from '@/lib/i18n'
import type { MethodOf } from '@/lib/schema/method'
import { Facts } from './facts'

/** A shop or convenience store: where to go and what to bring or pay with. */
export function StoreAction({ section, locale }: { section: MethodOf<'store'>; locale: Locale }) {
  const t = getDictionary(locale)
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
