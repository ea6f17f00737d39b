import { LANGUAGE_TAG, type Locale } from './locale-codes'

/** A UI string with {placeholders}; a plural one has a form per plural category, chosen by {count}. */
export type Template = string | { one?: string; other: string }

/**
 * The one way to put values into a UI string, on the server and in client components alike (dictionary
 * strings are plain data, so a client component can receive them as props).
 */
export function format(
  template: Template,
  values: Record<string, string | number> = {},
  locale: Locale = 'en',
): string {
  const text =
    typeof template === 'string'
      ? template
      : (template[new Intl.PluralRules(LANGUAGE_TAG[locale]).select(Number(values.count)) as 'one'] ?? template.other)
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))
}
