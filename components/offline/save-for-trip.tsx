'use client'

import { Link } from '@/components/link'
import { useEffect, useState } from 'react'
import type { Dictionary } from '@/lib/i18n'
import type { Locale } from '@/lib/i18n/locale-codes'
import { format } from '@/lib/i18n/format'
import { formatBytes, formatDay } from '@/lib/offline/format'
import { canSave, fetchSaveList, removeCarrier, saveCarrier, savedCopy } from '@/lib/offline/saved-copies'
import type { SavedCopy, SaveList } from '@/lib/offline/save-list'

type State =
  | { step: 'idle'; list: SaveList; saved?: SavedCopy }
  | { step: 'saving'; list: SaveList; done: number }
  | { step: 'failed'; list: SaveList }
  | { step: 'removed'; list: SaveList }

/**
 * "Save for my trip" on a carrier hub: shows how much the save will use (measured at build time), saves
 * the carrier's pages for offline use, then shows when they were saved, offers an update when the guides
 * changed since, and removes them again. Renders nothing on the server and where saving cannot work.
 */
export function SaveForTrip({
  locale,
  carrier,
  strings,
  savedHref,
}: {
  locale: Locale
  carrier: string
  strings: Dictionary['offline']['save']
  savedHref: string
}) {
  const [state, setState] = useState<State>()

  useEffect(() => {
    if (!canSave()) return
    let live = true
    Promise.all([fetchSaveList(locale, carrier), savedCopy(locale, carrier)]).then(([list, saved]) => {
      // Offline with a saved copy, its own record stands in for the list it was made from.
      const current = list ?? saved
      if (live && current) setState({ step: 'idle', list: current, saved })
    })
    return () => {
      live = false
    }
  }, [locale, carrier])

  if (!state) return null
  const { list } = state
  const size = formatBytes(list.bytes, locale)
  const save = async () => {
    setState({ step: 'saving', list, done: 0 })
    try {
      const saved = await saveCarrier(list, (done) => setState({ step: 'saving', list, done }))
      setState({ step: 'idle', list, saved })
    } catch {
      setState({ step: 'failed', list })
    }
  }
  const remove = async () => {
    await removeCarrier(locale, carrier)
    setState({ step: 'removed', list })
  }
  const saved = state.step === 'idle' ? state.saved : undefined
  const outdated = saved && saved.version !== list.version
  const total = list.pages.length + list.assets.length
  return (
    <div className="save-trip" data-state={saved ? 'saved' : state.step}>
      {saved ? (
        <p className="save-status">
          {format(strings.saved, { date: formatDay(saved.savedAt, locale), size: formatBytes(saved.bytes, locale) })}
        </p>
      ) : (
        <p>{format(strings.explain, { name: list.name, count: list.pages.length, size })}</p>
      )}
      {outdated ? <p className="hint">{strings.outdated}</p> : null}
      <div className="save-actions">
        {!saved || outdated ? (
          <button
            type="button"
            className="button"
            onClick={save}
            disabled={state.step === 'saving'}
            data-bytes={list.bytes}
          >
            {outdated ? strings.update : strings.button} · {size}
          </button>
        ) : null}
        {saved ? (
          <button type="button" className="copy-button" onClick={remove}>
            {strings.remove}
          </button>
        ) : null}
        {saved ? <Link href={savedHref}>{strings.savedLink}</Link> : null}
      </div>
      <p role="status" className="save-progress">
        {state.step === 'saving'
          ? format(strings.saving, { done: state.done, count: total })
          : state.step === 'failed'
            ? strings.failed
            : state.step === 'removed'
              ? strings.removed
              : ''}
      </p>
    </div>
  )
}
