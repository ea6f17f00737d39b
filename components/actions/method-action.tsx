import type { Locale } from '@/lib/i18n'
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
  locale,
  hints = true,
}: {
  section: MethodSection
  locale: Locale
  hints?: boolean
}) {
  switch (section.kind) {
    case 'ussd':
      return <UssdAction section={section} locale={locale} hints={hints} />
    case 'hotline':
      return <HotlineAction section={section} locale={locale} hints={hints} />
    case 'sms':
      return <SmsAction section={section} locale={locale} hints={hints} />
    case 'app':
      return <AppAction section={section} locale={locale} hints={hints} />
    case 'website':
      return <WebsiteAction section={section} locale={locale} />
    case 'store':
      return <StoreAction section={section} locale={locale} />
    case 'voucher':
      return <VoucherAction section={section} locale={locale} hints={hints} />
    case 'third-party':
      return <ThirdPartyAction section={section} />
  }
}
