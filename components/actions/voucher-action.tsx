import type { Locale } from '@/lib/i18n'
import type { ActionStrings } from '@/lib/i18n/slices'
import type { MethodOf } from '@/lib/schema/method'
import { Badges } from './badges'
import { Dial } from './dial'
import { Facts } from './facts'

/**
 * A top-up card: its name, where to buy it, and each number that loads its PIN with who calls it
 * (Smart 1510, TNT 1511) and that number's own conditions. A text that loads a PIN is an SMS section.
 */
export function VoucherAction({
  section,
  t,
  locale,
  hints,
}: {
  section: MethodOf<'voucher'>
  t: ActionStrings
  locale: Locale
  hints?: boolean
}) {
  return (
    <div className="action">
      <p className="action-name">{section.name}</p>
      <Facts items={[[t.action.where, section.where]]} />
      {section.dial?.map((route) => (
        <div key={route.number} className="sub-action">
          <p className="sub-label">{route.label ? `${t.action.voucherDial} · ${route.label}` : t.action.voucherDial}</p>
          <Dial number={route.number} t={t} hints={hints} />
          <Badges section={route} t={t} locale={locale} network />
        </div>
      ))}
    </div>
  )
}
