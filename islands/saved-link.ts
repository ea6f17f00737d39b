/**
 * The home page's "Saved guides (2)" link (components/offline/saved-list.tsx), shown only once something is
 * saved on this phone. Its own island, apart from the saved-list one: the home page carries it in every
 * first visit, so it holds only the count, not the list's rendering.
 */
import { format } from '../lib/i18n/format'
import { canSave, savedCopies } from '../lib/offline/saved-copies'
import { h, islandData, onReady } from './lib/dom'

type LinkProps = { href: string; label: string }

onReady(() => {
  const roots = document.querySelectorAll<HTMLElement>('[data-saved-link]')
  if (!roots.length || !canSave()) return
  savedCopies().then(
    (found) => {
      if (!found.length) return
      for (const root of roots) {
        const { href, label } = islandData<LinkProps>(root)
        root.replaceChildren(h('a', { href }, format(label, { count: found.length })))
        root.hidden = false
      }
    },
    () => undefined,
  )
})
