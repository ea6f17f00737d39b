/**
 * What this phone has saved, read from Cache Storage: the list on the Saved guides page (with remove
 * buttons) and on the offline page (the home page's link is islands/saved-link.ts). Their containers come
 * from components/offline/saved-list.tsx. Plain links: offline, a full page load is what the service
 * worker answers from the saved copy.
 */
import type { Dictionary } from '../lib/i18n'
import { format } from '../lib/i18n/format'
import { LANGUAGE_TAG, type Locale } from '../lib/i18n/locale-codes'
import { formatBytes, formatDay } from '../lib/offline/format'
import type { SavedCopy } from '../lib/offline/save-list'
import { canSave, removeCarrier, savedCopies } from '../lib/offline/saved-copies'
import { routes } from '../lib/routes'
import { h, islandData, onReady } from './lib/dom'

type ListProps = { locale: Locale; strings: Dictionary['offline']['saved']; removable: boolean }

const copies: Promise<SavedCopy[] | undefined> = canSave()
  ? savedCopies().catch(() => undefined)
  : Promise.resolve(undefined)

onReady(() => {
  for (const root of document.querySelectorAll<HTMLElement>('[data-saved-list]'))
    copies.then((found) => showList(root, islandData<ListProps>(root), found))
})

function showList(root: HTMLElement, { locale, strings, removable }: ListProps, found: SavedCopy[] | undefined) {
  if (!found) return root.replaceChildren(h('p', { class: 'muted' }, strings.unsupported))
  if (!found.length) return root.replaceChildren(h('p', { class: 'muted' }, strings.none))
  const list = h('ul', { class: 'saved-list' })
  for (const copy of found) {
    const card = routes.card(copy.locale, copy.carrier)
    const tag = LANGUAGE_TAG[copy.locale]
    const lang: Record<string, string> = copy.locale === locale ? {} : { hreflang: tag, lang: tag }
    const remove =
      removable &&
      h(
        'button',
        { type: 'button', class: 'copy-button' },
        strings.remove,
        h('span', { class: 'visually-hidden' }, ` ${copy.name}`),
      )
    const item = h(
      'li',
      { class: 'saved-item' },
      h('a', { class: 'carrier-name', href: routes.carrier(copy.locale, copy.carrier), ...lang }, copy.name),
      copy.pages.includes(card) &&
        h('a', { href: card, ...(lang.hreflang ? { hreflang: lang.hreflang } : {}) }, strings.card),
      h(
        'span',
        { class: 'muted' },
        format(strings.pages, {
          count: copy.pages.length,
          size: formatBytes(copy.bytes, locale),
          date: formatDay(copy.savedAt, locale),
        }),
      ),
      remove,
    )
    if (remove)
      remove.addEventListener('click', () =>
        removeCarrier(copy.locale, copy.carrier).then(() => {
          item.remove()
          if (!list.children.length) list.replaceWith(h('p', { class: 'muted' }, strings.none))
        }),
      )
    list.append(item)
  }
  root.replaceChildren(list)
}
