import type { Dictionary } from '@/lib/i18n'
import type { Locale } from '@/lib/i18n/locale-codes'

/**
 * "Save for my trip" on a carrier hub: an empty, hidden container that islands/save-for-trip.ts fills where
 * saving can work (it needs JavaScript, Cache Storage and a service worker), with what it needs as data.
 */
export function SaveForTrip(props: {
  locale: Locale
  carrier: string
  strings: Dictionary['offline']['save']
  savedHref: string
}) {
  return (
    <div className="save-trip" data-island={JSON.stringify(props)} hidden>
      <script src="/islands/save-for-trip.js" async />
    </div>
  )
}
