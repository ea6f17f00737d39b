/**
 * "Save for my trip" on a carrier hub (components/offline/save-for-trip.tsx renders its hidden container):
 * shows how much the save will use (measured at build time), saves the carrier's pages for offline use,
 * then shows when they were saved, offers an update when the guides changed since, and removes them again.
 * Stays hidden without JavaScript and where saving cannot work.
 */
import type { Dictionary } from '../lib/i18n'
import { format } from '../lib/i18n/format'
import type { Locale } from '../lib/i18n/locale-codes'
import { formatBytes, formatDay } from '../lib/offline/format'
import type { SavedCopy, SaveList } from '../lib/offline/save-list'
import { canSave, fetchSaveList, removeCarrier, saveCarrier, savedCopy } from '../lib/offline/saved-copies'
import { h, islandData, onReady } from './lib/dom'

type Props = { locale: Locale; carrier: string; savedHref: string; strings: Dictionary['offline']['save'] }
type State =
  | { step: 'idle'; list: SaveList; saved?: SavedCopy }
  | { step: 'saving'; list: SaveList; done: number }
  | { step: 'failed'; list: SaveList }
  | { step: 'removed'; list: SaveList }

onReady(() => {
  for (const root of document.querySelectorAll<HTMLElement>('.save-trip[data-island]')) start(root)
})

function start(root: HTMLElement) {
  const props = islandData<Props>(root)
  if (canSave())
    Promise.all([fetchSaveList(props.locale, props.carrier), savedCopy(props.locale, props.carrier)]).then(
      ([list, saved]) => {
        // Offline with a saved copy, its own record stands in for the list it was made from.
        const current = list ?? saved
        if (current) mount(root, props, { step: 'idle', list: current, saved })
      },
    )
}

function mount(root: HTMLElement, { locale, carrier, savedHref, strings }: Props, first: State) {
  // The status line stays the same element, so screen readers announce each change.
  const progress = h('p', { role: 'status', class: 'save-progress' })
  const render = (state: State) => {
    const { list } = state
    const size = formatBytes(list.bytes, locale)
    const saved = state.step === 'idle' ? state.saved : undefined
    const outdated = saved && saved.version !== list.version
    const save = h(
      'button',
      { type: 'button', class: 'button', 'data-bytes': String(list.bytes) },
      `${outdated ? strings.update : strings.button} · ${size}`,
    )
    save.disabled = state.step === 'saving'
    save.addEventListener('click', () => {
      render({ step: 'saving', list, done: 0 })
      saveCarrier(list, (done) => render({ step: 'saving', list, done })).then(
        (copy) => render({ step: 'idle', list, saved: copy }),
        () => render({ step: 'failed', list }),
      )
    })
    const remove = h('button', { type: 'button', class: 'copy-button' }, strings.remove)
    remove.addEventListener('click', () => removeCarrier(locale, carrier).then(() => render({ step: 'removed', list })))
    root.dataset.state = saved ? 'saved' : state.step
    const hadFocus = root.contains(document.activeElement)
    const parts = [
      saved
        ? h(
            'p',
            { class: 'save-status' },
            format(strings.saved, { date: formatDay(saved.savedAt, locale), size: formatBytes(saved.bytes, locale) }),
          )
        : h('p', {}, format(strings.explain, { name: list.name, count: list.pages.length, size })),
      outdated && h('p', { class: 'hint' }, strings.outdated),
      h(
        'div',
        { class: 'save-actions' },
        (!saved || outdated) && save,
        saved && remove,
        saved && h('a', { href: savedHref }, strings.savedLink),
      ),
      progress,
    ]
    root.replaceChildren(...parts.filter((part) => part instanceof HTMLElement))
    const total = list.pages.length + list.assets.length
    progress.textContent =
      state.step === 'saving'
        ? format(strings.saving, { done: state.done, count: total })
        : state.step === 'failed'
          ? strings.failed
          : state.step === 'removed'
            ? strings.removed
            : ''
    // The keyboard stays in the box when the buttons are redrawn.
    if (hadFocus) root.querySelector('button')?.focus()
  }
  render(first)
  root.hidden = false
}
