import type { Dictionary } from '@/lib/i18n'
import { smsHref, telHref } from '@/lib/links'
import type { MethodSection } from '@/lib/schema/method'
import { HotlineNumbers } from './hotline-numbers'

/** The action a traveller takes, rendered from a method section's typed data. */
export function MethodAction({ section, t }: { section: MethodSection; t: Dictionary }) {
  switch (section.kind) {
    case 'ussd':
      return (
        <div className="action">
          <a className="action-code" href={telHref(section.code)}>{section.code}</a>
          <p className="hint">{t.action.ussdHint}</p>
        </div>
      )
    case 'hotline':
      return (
        <div className="action">
          <HotlineNumbers numbers={section.numbers} t={t} />
          <Facts items={[[t.action.hours, section.hours], [t.action.languages, section.languages?.join(', ')]]} />
        </div>
      )
    case 'sms':
      return <SmsAction to={section.to} body={section.body} t={t} />
    case 'app':
      return (
        <div className="action">
          <p className="action-name">{section.name}</p>
          <StoreLinks ios={section.ios} android={section.android} t={t} />
        </div>
      )
    case 'website':
      return (
        <div className="action">
          <a className="action-link" href={section.url} rel="noopener">{section.name}</a>
          <p className="hint">{section.login ? t.action.loginNeeded : t.action.noLogin}</p>
        </div>
      )
    case 'store':
      return (
        <div className="action">
          <Facts items={[[t.action.where, section.where], [t.action.bring, section.bring?.join(', ')]]} />
        </div>
      )
    case 'voucher':
      return (
        <div className="action">
          <p className="action-name">{section.name}</p>
          {section.dial ? (
            <p>{t.action.voucherDial}: <a className="action-link number" href={telHref(section.dial)}>{section.dial}</a></p>
          ) : null}
          {section.sms ? <SmsAction to={section.sms.to} body={section.sms.body} t={t} /> : null}
          <Facts items={[[t.action.where, section.where]]} />
        </div>
      )
    case 'third-party':
      return (
        <div className="action">
          {section.url ? <a className="action-link" href={section.url} rel="noopener">{section.name}</a> : <p className="action-name">{section.name}</p>}
          {section.sms ? <SmsAction to={section.sms.to} body={section.sms.body} t={t} /> : null}
        </div>
      )
  }
}

function SmsAction({ to, body, t }: { to: string; body: string; t: Dictionary }) {
  return (
    <div className="action sms">
      <a className="action-link" href={smsHref(to, body)}>{t.action.sendSms}</a>
      <p className="sms-text">
        <code className="sms-body">{body}</code> <span>{t.action.smsTo(to)}</span>
      </p>
    </div>
  )
}

function StoreLinks({ ios, android, t }: { ios?: string; android?: string; t: Dictionary }) {
  if (!ios && !android) return null
  return (
    <p className="store-links">
      {ios ? <a href={ios} rel="noopener">{t.action.appStore}</a> : null}
      {android ? <a href={android} rel="noopener">{t.action.googlePlay}</a> : null}
    </p>
  )
}

function Facts({ items }: { items: Array<[string, string | undefined]> }) {
  const present = items.filter((item): item is [string, string] => Boolean(item[1]))
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
