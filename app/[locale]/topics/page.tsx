import { TopicLinks } from '@/components/hubs/topic-links'
import { PageBar } from '@/components/layout/page-bar'
import { getTopics } from '@/lib/guides'
import { getDictionary } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { languageSwitch } from '@/lib/language-switch'
import { requirePage } from '@/lib/pages'
import { routes } from '@/lib/routes'
import { requireLocale } from '@/lib/route-lookups'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props) {
  const locale = requireLocale((await params).locale)
  const t = getDictionary(locale)
  return pageMetadata({
    locale,
    title: t.topics.title,
    description: t.topics.description,
    page: await requirePage('topics', {}),
  })
}

/** Every general article in this language. */
export default async function TopicsPage({ params }: Props) {
  const locale = requireLocale((await params).locale)
  const t = getDictionary(locale)
  const topics = await getTopics(locale)
  const page = await requirePage('topics', {})
  return (
    <>
      <PageBar
        t={t}
        crumbs={[
          { name: t.nav.home, href: routes.home(locale) },
          { name: t.topics.title, href: routes.topics(locale) },
        ]}
        translations={languageSwitch(page, locale)}
      />
      <h1>{t.topics.title}</h1>
      <p className="lead">{t.topics.description}</p>
      <TopicLinks locale={locale} topics={topics} headingId="all-topics" title={t.hubs.allGuides} />
    </>
  )
}
