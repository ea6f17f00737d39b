import { displayHost } from '@/lib/links'
import type { MethodOf } from '@/lib/schema/method'

/** Another seller or a payment app: its name or site. A text to send is an SMS section of the same guide. */
export function ThirdPartyAction({ section }: { section: MethodOf<'third-party'> }) {
  return (
    <div className="action">
      {section.url ? (
        <>
          <a className="button" href={section.url} rel="noopener">
            {section.name}
          </a>
          <p className="site-host">{displayHost(section.url)}</p>
        </>
      ) : (
        <p className="action-name">{section.name}</p>
      )}
    </div>
  )
}
