import type { Dictionary, Locale } from '@/lib/i18n'
import { PHONE_COUNTER_SOURCES } from '@/lib/phone-counter'

/**
 * The phone's own data counter, the same on every check-data guide and out-of-data card: where iPhone and
 * Android keep it, to reset it when the SIM goes in, why it can differ from the carrier's figure, and the
 * platforms' own help pages. It needs no data and no account, so it works when nothing else does.
 */
export function PhoneCounter({ counter, locale }: { counter: Dictionary['counter']; locale: Locale }) {
  const sources = PHONE_COUNTER_SOURCES[locale]
  return (
    <section aria-labelledby="phone-counter" className="phone-counter">
      <h2 id="phone-counter">{counter.title}</h2>
      <p>{counter.lead}</p>
      <dl className="counter-paths">
        <div>
          <dt>iPhone</dt>
          <dd>
            <p className="counter-path">{counter.iphonePath.join(' › ')}</p>
            <p>{counter.iphoneWhere}</p>
          </dd>
        </div>
        <div>
          <dt>Android</dt>
          <dd>
            <p className="counter-path">{counter.androidPath.join(' › ')}</p>
            <p>{counter.androidWhere}</p>
          </dd>
        </div>
      </dl>
      <div className="counter-reset">
        <h3>{counter.resetTitle}</h3>
        <p>{counter.reset}</p>
      </div>
      <div className="counter-differs">
        <h3>{counter.differsTitle}</h3>
        <p>{counter.differs}</p>
      </div>
      <p className="counter-sources">
        {counter.sources}:{' '}
        <a href={sources.iphone.url} rel="noopener">
          {sources.iphone.title}
        </a>
        {' · '}
        <a href={sources.android.url} rel="noopener">
          {sources.android.title}
        </a>
      </p>
    </section>
  )
}
