import type { Guide } from '../schema/content'
import type { MethodKind, MethodSection } from '../schema/method'

// The text of a guide that search reads beyond its title and summary: body lines and method data.

/** The body, a paragraph or step per line, and the method each line belongs to (null: outside any). */
export function linesOf(guide: Guide): { lines: string[]; lineMethods: Array<MethodKind | null> } {
  const lines: string[] = []
  const lineMethods: Array<MethodKind | null> = []
  const add = (text: string, method: MethodKind | null) => {
    for (const line of text.split('\n')) {
      if (!line.trim()) continue
      lines.push(line.trim())
      lineMethods.push(method)
    }
  }
  add(guide.body.text.prose, null)
  for (const section of guide.methods) add(guide.body.text.methods[section.kind] ?? '', section.kind)
  return { lines, lineMethods }
}

/** Keys that hold no words a traveller types (kinds, flags, store links). */
const SKIPPED_KEYS = new Set([
  'kind',
  'cost',
  'conditions',
  'confidence',
  'callers',
  'login',
  'languages',
  'ios',
  'android',
])

/** Every word of a method's typed data: codes, numbers, names, SMS text, places, prices, menu paths. */
export function methodData(section: MethodSection): string {
  const words: string[] = []
  const visit = (value: unknown, key?: string) => {
    if (key && SKIPPED_KEYS.has(key)) return
    if (typeof value === 'string') words.push(value.startsWith('https://') ? new URL(value).hostname : value)
    else if (Array.isArray(value)) for (const item of value) visit(item)
    else if (value && typeof value === 'object') for (const [name, item] of Object.entries(value)) visit(item, name)
  }
  visit(section)
  return words.join('\n')
}
