import type { ActionStrings } from '@/lib/i18n/slices'
import { displayHost } from '@/lib/links'
import type { MethodOf } from '@/lib/schema/method'

/** A website: the link (with its address, so a traveller can tell it is the carrier's), login and Wi-Fi needs. */
export function WebsiteAction({ section, t }: { section: MethodOf<'website'>; t: ActionStrings }) {
  return (
    <div className="action">
      <a className="button" href={section.url} rel="noopener">
        {section.name}
      </a>
      <p className="site-host">{displayHost(section.url)}</p>
      <p className="hint">
        {section.login ? t.action.loginNeeded : t.action.noLogin}
        {section.conditions.includes('needs-wifi-off') ? ` · ${t.action.wifiOff}` : ''}
      </p>
    </div>
  )
}
