import type { ReactNode } from 'react'

/** A short list of labelled facts (hours, languages, where to go); empty entries are left out. */
export function Facts({ items }: { items: Array<[string, ReactNode | undefined]> }) {
  const present = items.filter((item): item is [string, ReactNode] => Boolean(item[1]))
  if (!present.length) return null
  return (
    <dl className="facts">
      {present.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
