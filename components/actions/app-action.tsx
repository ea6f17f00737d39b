import { format } from '@/lib/i18n'
import type { ActionStrings } from '@/lib/i18n/slices'
import type { MethodOf } from '@/lib/schema/method'

/** An app: its name and store links; without links, how to find the official one. */
export function AppAction({
  section,
  t,
  hints = true,
}: {
  section: MethodOf<'app'>
  t: ActionStrings
  hints?: boolean
}) {
  return (
    <div className="action">
      <p className="action-name">{section.name}</p>
      {section.ios || section.android ? (
        <p className="store-links">
          {section.ios ? (
            <a className="button" href={section.ios} rel="noopener">
              {t.action.appStore}
            </a>
          ) : null}
          {section.android ? (
            <a className="button" href={section.android} rel="noopener">
              {t.action.googlePlay}
            </a>
          ) : null}
        </p>
      ) : hints ? (
        <p className="hint">{format(t.action.findApp, { name: section.name })}</p>
      ) : null}
    </div>
  )
}
