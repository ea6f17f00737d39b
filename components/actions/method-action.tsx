import type { Locale } from '@/lib/i18n'
import type { ActionStrings } from '@/lib/i18n/slices'
import type { MethodSection } from '@/lib/schema/method'
import { AppAction } from './app-action'
import { HotlineAction } from './hotline-action'
import { SmsAction } from './sms-action'
import { StoreAction } from './store-action'
import { ThirdPartyAction } from './third-party-action'
import { UssdAction } from './ussd-action'
import { VoucherAction } from './voucher-action'
import { WebsiteAction } from './website-action'

/**
 * The action a traveller takes, rendered from a method section's typed data: one component per kind.
 * `hints={false}` on hubs: per-card help (the iPhone hint, where to find an app) is said once per page there.
 */
export function MethodAction({
  section,
  t,
  locale,
  hints = true,
}: {
  section: MethodSection
  t: ActionStrings
  locale: Locale
  hints?: boolean
}) {
  switch (section.kind) {
    case 'ussd':
      return <UssdAction section={section} t={t} hints={hints} />
    case 'hotline':
      return <HotlineAction section={section} t={t} locale={locale} hints={hints} />
    case 'sms':
      return <SmsAction section={section} t={t} locale={locale} hints={hints} />
    case 'app':
      return <AppAction section={section} t={t} hints={hints} />
    case 'website':
      return <WebsiteAction section={section} t={t} />
    case 'store':
      return <StoreAction section={section} t={t} locale={locale} />
    case 'voucher':
      return <VoucherAction section={section} t={t} locale={locale} hints={hints} />
    case 'third-party':
      return <ThirdPartyAction section={section} />
  }
}
