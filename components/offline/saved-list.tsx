import type { Dictionary } from '@/lib/i18n'
import type { Locale } from '@/lib/i18n/locale-codes'

/** The island that reads what this phone saved (islands/saved-list.ts, built by scripts/build-islands.mjs). */
const SAVED_ISLAND = '/islands/saved-list.js'

/**
 * The carriers saved on this phone: on the Saved guides page (with a remove button) and on the offline page.
 * The list lives in the browser's Cache Storage, so the island fills this container; the page says what
 * happens without JavaScript.
 */
export function SavedList({
  locale,
  strings,
  removable = false,
}: {
  locale: Locale
  strings: Dictionary['offline']['saved']
  removable?: boolean
}) {
  return (
    <div data-saved-list="" data-island={JSON.stringify({ locale, strings, removable })}>
      <script src={SAVED_ISLAND} async />
    </div>
  )
}

/** On the home page, only once something is saved on this phone: "Saved guides (2)", linking to the list. */
export function SavedLink({ href, label }: { href: string; label: string }) {
  return (
    <p className="saved-link" data-saved-link="" data-island={JSON.stringify({ href, label })} hidden>
      <script src="/islands/saved-link.js" async />
    </p>
  )
}
