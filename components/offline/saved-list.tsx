'use client'

import { useEffect, useState } from 'react'
import type { Dictionary } from '@/lib/i18n'
import { LANGUAGE_TAG, type Locale } from '@/lib/i18n/locale-codes'
import { format } from '@/lib/i18n/format'
import { formatBytes, formatDay } from '@/lib/offline/format'
import { canSave, removeCarrier, savedCopies } from '@/lib/offline/saved-copies'
import type { SavedCopy } from '@/lib/offline/save-list'
import { routes } from '@/lib/routes'

/**
 * The carriers saved on this phone, read from Cache Storage: on the Saved guides page (with a remove
 * button) and on the offline page. Plain links, not client-side navigation: offline, a full page load is
 * what the service worker answers from the saved copy.
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
  const [copies, setCopies] = useState<SavedCopy[] | 'unsupported'>()

  useEffect(() => {
    if (!canSave()) {
      setCopies('unsupported')
      return
    }
    savedCopies().then(setCopies, () => setCopies('unsupported'))
  }, [])

  if (!copies) return null
  if (copies === 'unsupported') return <p className="muted">{strings.unsupported}</p>
  if (!copies.length) return <p className="muted">{strings.none}</p>
  const remove = async (copy: SavedCopy) => {
    await removeCarrier(copy.locale, copy.carrier)
    setCopies(copies.filter((other) => other !== copy))
  }
  return (
    <ul className="saved-list">
      {copies.map((copy) => {
        const card = routes.card(copy.locale, copy.carrier)
        const lang = copy.locale === locale ? undefined : LANGUAGE_TAG[copy.locale]
        return (
          <li key={`${copy.locale}/${copy.carrier}`} className="saved-item">
            <a className="carrier-name" href={routes.carrier(copy.locale, copy.carrier)} hrefLang={lang} lang={lang}>
              {copy.name}
            </a>
            {copy.pages.includes(card) ? (
              <a href={card} hrefLang={lang}>
                {strings.card}
              </a>
            ) : null}
            <span className="muted">
              {format(strings.pages, {
                count: copy.pages.length,
                size: formatBytes(copy.bytes, locale),
                date: formatDay(copy.savedAt, locale),
              })}
            </span>
            {removable ? (
              <button type="button" className="copy-button" onClick={() => remove(copy)}>
                {strings.remove}
                <span className="visually-hidden"> {copy.name}</span>
              </button>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
