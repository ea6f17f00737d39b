/**
 * The which-SIM lookup: a text box that answers as the traveller types an ICCID, a network code or an APN,
 * with copies of the matching rows of the page's tables (lib/identify-match.ts picks them, as the unit test
 * checks for every row). Everything is in the page, so it answers offline too.
 */
import type { SimLookupData } from '../components/which-sim/sim-lookup'
import { matchRows } from '../lib/identify-match'
import { h, islandData, onReady } from './lib/dom'

onReady(() => {
  for (const container of document.querySelectorAll<HTMLElement>('.sim-lookup[data-island]')) mount(container)
})

function mount(container: HTMLElement) {
  const { strings, rows } = islandData<SimLookupData>(container)
  const input = h('input', {
    id: 'sim-lookup-input',
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'sim-lookup-hint',
  })
  const answer = h('div', { class: 'sim-answer', 'aria-live': 'polite' })
  const show = () => {
    const found = matchRows(rows, input.value)
    answer.replaceChildren()
    if (!input.value.trim()) return
    if (!found.length) {
      answer.append(h('p', { class: 'muted' }, strings.noMatch))
      return
    }
    const body = h('tbody')
    for (const row of found) {
      const copy = document.getElementById(row.id)?.cloneNode(true) as HTMLElement | undefined
      if (!copy) continue
      copy.removeAttribute('id')
      body.append(copy)
    }
    answer.append(h('table', { class: 'code-table' }, h('caption', {}, strings.answer), body))
  }
  input.addEventListener('input', show)
  const form = h(
    'form',
    { role: 'search' },
    h('label', { for: 'sim-lookup-input' }, strings.label),
    h('p', { id: 'sim-lookup-hint', class: 'muted' }, strings.hint),
    input,
  )
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    show()
  })
  container.append(form, answer)
  container.hidden = false
}
