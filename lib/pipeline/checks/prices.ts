import type { Source } from '../../schema/common'
import type { MethodSection, PriceSource } from '../../schema/method'
import type { ContentIssue } from '../content-error'
import { monthsBefore } from './dates'

type Locate = (path: readonly PropertyKey[]) => { line: number; column: number } | undefined

/** Every price of a guide with where it sits: on a section, or on one message of an SMS section. */
export function pricesOf(
  methods: MethodSection[],
): Array<{ path: PropertyKey[]; price: string; priceSource?: PriceSource }> {
  return methods.flatMap((section, index) => {
    const own = section.price
      ? [{ path: ['methods', index], price: section.price, priceSource: section.priceSource }]
      : []
    const messages =
      section.kind === 'sms'
        ? section.messages.flatMap((message, at) =>
            message.price
              ? [{ path: ['methods', index, 'messages', at], price: message.price, priceSource: message.priceSource }]
              : [],
          )
        : []
    return [...own, ...messages]
  })
}

/**
 * A price is only as good as its source's date (readers see "as of" that date): a price without one, or
 * citing a page the guide does not list, is an error; one from a page more than two years old is a warning.
 */
export function checkPrices(
  frontmatter: { methods: MethodSection[]; sources: Source[] },
  file: string,
  locate: Locate,
  today: string,
): ContentIssue[] {
  const issues: ContentIssue[] = []
  const limit = monthsBefore(today, 24)
  const listed = new Set(frontmatter.sources.map((source) => source.url))
  for (const { path, price, priceSource } of pricesOf(frontmatter.methods)) {
    const at = (field: string) => ({
      file,
      ...locate([...path, field]),
      field: `methods${path
        .slice(1)
        .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
        .join('')}.${field}`,
    })
    if (!priceSource) {
      issues.push({
        ...at('price'),
        message: `the price '${price}' has no date: add priceSource: { url: <one of the sources>, date: <the date the page shows> } (or read: <the day you read it> when the page shows none)`,
        severity: 'error',
      })
      continue
    }
    if (!listed.has(priceSource.url)) {
      issues.push({
        ...at('priceSource'),
        message: `${priceSource.url} is not among this guide's sources: add it to sources, or cite the source the price comes from`,
        severity: 'error',
      })
    }
    const date = priceSource.date ?? priceSource.read!
    // A year or a month counts from its last day, so "2025" is not older than it can be.
    const end = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date
    if (end < limit) {
      issues.push({
        ...at('priceSource'),
        message: `the price '${price}' comes from a source dated ${date}, more than two years ago; look for a newer official page and update the price and its date`,
        severity: 'warning',
      })
    }
  }
  return issues
}
