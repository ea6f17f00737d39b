'use client'

import { useEffect, useState, useSyncExternalStore } from 'react'

type State = 'idle' | 'copied' | 'failed'
const noSubscription = () => () => {}

/**
 * Copies a code or a message to the clipboard. The server renders nothing here: without JavaScript
 * there is no button to press in vain, and the code beside it stays plain, selectable text.
 */
export function CopyButton({
  text,
  label,
  copiedLabel,
  failedLabel,
}: {
  text: string
  label: string
  copiedLabel: string
  failedLabel: string
}) {
  // false while server-rendering and hydrating, true once this runs in the browser.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
  const [state, setState] = useState<State>('idle')

  useEffect(() => {
    if (state !== 'copied') return
    const timer = setTimeout(() => setState('idle'), 2500)
    return () => clearTimeout(timer)
  }, [state])

  if (!hydrated) return null
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setState('copied')
    } catch {
      setState(legacyCopy(text) ? 'copied' : 'failed')
    }
  }
  return (
    <>
      <button type="button" className="copy-button" onClick={copy} data-state={state}>
        {state === 'copied' ? copiedLabel : label}
        <span className="visually-hidden"> {text}</span>
      </button>
      <span role="status" className={state === 'failed' ? 'copy-status' : 'visually-hidden'}>
        {state === 'copied' ? copiedLabel : state === 'failed' ? failedLabel : ''}
      </span>
    </>
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
