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
  // What is saved lives in this phone's browser: the page means nothing to a search engine.
  return pageMetadata({
    locale,
    title: t.offline.savedTitle,
    description: t.offline.savedDescription,
    page: await requirePage('saved', {}),
  })
}

/** Saved guides: the carriers this phone keeps for offline use, each with its card, and a way to remove them. */
export default async function SavedPage({ params }: Props) {
  const locale = requireLocale((await params).locale)
  const t = getDictionary(locale)
  const page = await requirePage('saved', {})
  return (
    <>
      <PageBar
        t={t}
        crumbs={[
          { name: t.nav.home, href: routes.home(locale) },
          { name: t.offline.savedTitle, href: routes.saved(locale) },
        ]}
        translations={languageSwitch(page, locale)}
      />
      <h1>{t.offline.savedTitle}</h1>
      <p className="lead">{t.offline.savedIntro}</p>
      <noscript>
        <p className="muted">{t.offline.noScript}</p>
      </noscript>
      <SavedList locale={locale} strings={t.offline.saved} removable />
    </>
  )
}
