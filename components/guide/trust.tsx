import { type Dictionary, format } from '@/lib/i18n'
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
  compact = false,
}: {
  verified: string
  updated: string
  t: Dictionary
  compact?: boolean
}) {
  return (
    <>
      <p className="meta">
        <time dateTime={verified}>{format(t.guide.verified, { date: t.date(verified) })}</time>
        {compact ? null : (
          <>
            {' · '}
            <time dateTime={updated}>{format(t.guide.updated, { date: t.date(updated) })}</time>
          </>
        )}
      </p>
      {isStale(verified) ? (
        <p className="callout warning" role="note">
          {t.guide.stale}
        </p>
      ) : null}
    </>
  )
}

/** Sources, official pages first (the content check keeps them in that order). */
export function SourceList({ sources, t }: { sources: Source[]; t: Dictionary }) {
  return (
    <section className="sources" aria-labelledby="sources">
      <h2 id="sources">{t.guide.sources}</h2>
      <ol>
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} rel="noopener">
              {source.title}
            </a>{' '}
            <span className="source-kind">({source.official ? t.guide.official : t.guide.thirdParty})</span>
          </li>
        ))}
      </ol>
    </section>
  )
}
