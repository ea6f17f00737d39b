import type { ActionStrings } from '@/lib/i18n/slices'
import { dialsFromLinkOnIos, telHref } from '@/lib/links'
import { Copyable } from './copyable'

/**
 * A number or code to dial. A plain number is a tap-to-call link. A code with * or # (iPhones refuse to
 * dial those from a link) is shown large to copy, with a tel: link labelled for Android and a short
 * hint for iPhones; a hub that lists many codes passes `hints={false}` and says it once instead.
 */
export function Dial({ number, t, hints = true }: { number: string; t: ActionStrings; hints?: boolean }) {
  if (dialsFromLinkOnIos(number)) {
    return (
      <a className="action-link number" href={telHref(number)}>
        {number}
      </a>
    )
  }
  return (
    <div className="dial-code">
      <Copyable text={number} t={t.copyButton} />
      <a className="button" href={telHref(number)}>
        {t.action.dialAndroid}
      </a>
      {hints ? <p className="hint">{t.action.iosHint}</p> : null}
    </div>
  )
}
