import { PageBar } from '@/components/layout/page-bar'
import { SavedList } from '@/components/offline/saved-list'
import { notFound } from 'next/navigation'
import { getDictionary } from '@/lib/i18n'
import { pages } from '@/lib/pages'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = pages.saved.metadata

/** Saved guides: the carriers this phone keeps for offline use, each with its card, and a way to remove them. */
export default async function SavedPage({ params }: Props) {
  const { locale, crumbs, translations } = (await pages.saved.get(params)) ?? notFound()
  const t = getDictionary(locale)
  return (
    <>
      <PageBar t={t} crumbs={crumbs} translations={translations} />
      <h1>{t.offline.savedTitle}</h1>
      <p className="lead">{t.offline.savedIntro}</p>
      <noscript>
        <p className="muted">{t.offline.noScript}</p>
      </noscript>
      <SavedList locale={locale} strings={t.offline.saved} removable />
    </>
  )
}
