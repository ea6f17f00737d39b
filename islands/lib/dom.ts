/** A tiny element builder for the islands: text children only, never HTML strings. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(props)) element.setAttribute(name, value)
  for (const child of children) if (child) element.append(child)
  return element
}

/** The data an island's server-rendered container carries: its strings and settings as JSON. */
export function islandData<T>(element: HTMLElement): T {
  return JSON.parse(element.dataset.island ?? '{}') as T
}

/**
 * Runs once the document is parsed: a prerendered page runs its islands inline at the end of its body, the
 * search page loads them `async`, and `next dev` as files; the footer may not be parsed yet in any of them.
 */
export function onReady(run: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true })
  else run()
}
