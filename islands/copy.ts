/**
 * The copy island: adds a copy button to each code or message the server marked as copyable
 * (components/actions/copyable.tsx carries the labels as data attributes) and copies it. Without JavaScript
 * there is no button to press in vain, and the code stays plain, selectable text.
 */
import { onReady } from './lib/dom'

const addButtons = () => {
  for (const row of document.querySelectorAll<HTMLElement>('[data-copy-label]:not([data-copy-ready])')) addButton(row)
}
onReady(addButtons)
// The live search swaps in new results with their own codes.
document.addEventListener('islands:content', addButtons)

function addButton(row: HTMLElement) {
  row.dataset.copyReady = ''
  const text = row.querySelector('code')?.textContent ?? ''
  const button = Object.assign(document.createElement('button'), { type: 'button', className: 'copy-button' })
  Object.assign(button.dataset, { copy: text, state: 'idle', ...row.dataset })
  delete button.dataset.copyReady
  const hidden = Object.assign(document.createElement('span'), { className: 'visually-hidden' })
  hidden.textContent = ` ${text}`
  button.append(row.dataset.copyLabel ?? '', hidden)
  const status = Object.assign(document.createElement('span'), { className: 'visually-hidden' })
  status.setAttribute('role', 'status')
  row.append(button, status)
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest?.('button[data-copy]')
  if (!(button instanceof HTMLButtonElement)) return
  const text = button.dataset.copy ?? ''
  const done = (ok: boolean) => show(button, ok ? 'copied' : 'failed')
  navigator.clipboard.writeText(text).then(
    () => done(true),
    () => done(legacyCopy(text)),
  )
})

const timers = new WeakMap<HTMLButtonElement, number>()

/** The label says "Copied" for 2.5 s; the status beside it tells a screen reader, or shows why it failed. */
function show(button: HTMLButtonElement, state: 'copied' | 'failed') {
  const label = button.firstChild
  const status = button.nextElementSibling
  const copied = button.dataset.copyCopied ?? ''
  button.dataset.state = state
  if (status) {
    status.textContent = state === 'copied' ? copied : (button.dataset.copyFailed ?? '')
    status.className = state === 'failed' ? 'copy-status' : 'visually-hidden'
  }
  if (state !== 'copied' || !label) return
  label.textContent = copied
  clearTimeout(timers.get(button))
  timers.set(
    button,
    window.setTimeout(() => {
      label.textContent = button.dataset.copyLabel ?? ''
      button.dataset.state = 'idle'
      if (status) status.textContent = ''
    }, 2500),
  )
}

/** For browsers without the async Clipboard API (plain http, older in-app web views). */
function legacyCopy(text: string): boolean {
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.append(area)
  area.select()
  try {
    return document.execCommand('copy')
  } catch {
    return false
  } finally {
    area.remove()
  }
}
