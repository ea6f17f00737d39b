import type { ActionStrings } from '@/lib/i18n/slices'
import type { MethodOf } from '@/lib/schema/method'
import { Dial } from './dial'

/**
 * A USSD code: large, monospaced, with a copy button, a tel: link for Android and the iPhone hint; on a
 * guide (`hints`) also what to try when the code does not respond, which is the same for every carrier.
 */
export function UssdAction({
  section,
  t,
  hints = true,
}: {
  section: MethodOf<'ussd'>
  t: ActionStrings
  hints?: boolean
}) {
  return (
    <div className="action">
      <Dial number={section.code} t={t} hints={hints} />
      {hints ? (
        <details className="not-responding">
          <summary>{t.reach.notResponding}</summary>
          <ul>
            {t.reach.notRespondingSteps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  )
}
