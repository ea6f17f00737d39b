import { PageBar } from '@/components/layout/page-bar'
import { SavedList } from '@/components/offline/saved-list'
import { getDictionary } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { routes } from '@/lib/routes'
import { languageSwitch } from '@/lib/language-switch'
import { requirePage } from '@/lib/pages'
import { requireLocale } from '@/lib/route-lookups'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props) {
  const locale = requireLocale((await params).locale)
  const t = getDictionary(locale)
  return pageMetadata({
    locale,
    title: t.offline.offlineTitle,
    description: t.offline.offlineDescription,
    page: await requirePage('offline', {}),
  })
}

/**
 * What the service worker shows, in the visitor's language, for a page that is neither saved nor
 * reachable: the carriers saved on this phone, which do open. Precached, so it loads with no network.
 */
export default async function OfflinePage({ params }: Props) {
  const locale = requireLocale((await params).locale)
  const t = getDictionary(locale)
  const page = await requirePage('offline', {})
  return (
    <>
      <PageBar
        t={t}
        crumbs={[
          { name: t.nav.home, href: routes.home(locale) },
          { name: t.offline.offlineTitle, href: routes.offline(locale) },
        ]}
        translations={languageSwitch(page, locale)}
      />
      <h1>{t.offline.offlineTitle}</h1>
      <p className="lead">{t.offline.offlineBody}</p>
      <SavedList locale={locale} strings={t.offline.saved} />
      <p className="hint">{t.offline.offlineTip}</p>
    </>
  )
}
