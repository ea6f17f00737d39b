import { PageBar } from '@/components/layout/page-bar'
import { SavedList } from '@/components/offline/saved-list'
import { notFound } from 'next/navigation'
import { getDictionary } from '@/lib/i18n'
import { pages } from '@/lib/pages'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = pages.offline.metadata

/**
 * What the service worker shows, in the visitor's language, for a page that is neither saved nor
 * reachable: the carriers saved on this phone, which do open. Precached, so it loads with no network.
 */
export default async function OfflinePage({ params }: Props) {
  const { locale, crumbs, translations } = (await pages.offline.get(params)) ?? notFound()
  const t = getDictionary(locale)
  return (
    <>
      <PageBar t={t} crumbs={crumbs} translations={translations} />
      <h1>{t.offline.offlineTitle}</h1>
      <p className="lead">{t.offline.offlineBody}</p>
      <SavedList locale={locale} strings={t.offline.saved} />
      <p className="hint">{t.offline.offlineTip}</p>
    </>
  )
}
