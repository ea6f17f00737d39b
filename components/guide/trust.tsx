import { type Dictionary, format, type Locale } from '@/lib/i18n'
import { formatDate } from '@/lib/i18n/dates'
import type { Source } from '@/lib/schema/common'
import { isStale } from '@/lib/trust'

/**
 * "Verified on" with a warning once it is more than a year old. Computed at build time. Hub cards pass
 * `compact` and show the verified date alone; the article also says when its text last changed.
 */
export function VerifiedNote({
  verified,
  updated,
  t,
  locale,
  compact = false,
}: {
  verified: string
  updated: string
  t: Dictionary['guide']
  locale: Locale
  compact?: boolean
}) {
  return (
    <>
      <p className="meta">
        <time dateTime={verified}>{format(t.verified, { date: formatDate(verified, locale) })}</time>
        {compact ? null : (
          <>
            {' · '}
            <time dateTime={updated}>{format(t.updated, { date: formatDate(updated, locale) })}</time>
          </>
        )}
      </p>
      {isStale(verified) ? (
        <p className="callout warning" role="note">
          {t.stale}
        </p>
      ) : null}
    </>
  )
}

/** Sources, official pages first (the content check keeps them in that order). */
export function SourceList({ sources, t }: { sources: Source[]; t: Dictionary['guide'] }) {
  return (
    <section className="sources" aria-labelledby="sources">
      <h2 id="sources">{t.sources}</h2>
      <ol>
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} rel="noopener">
              {source.title}
            </a>{' '}
            <span className="source-kind">({source.official ? t.official : t.thirdParty})</span>
          </li>
        ))}
      </ol>
    </section>
  )
}
