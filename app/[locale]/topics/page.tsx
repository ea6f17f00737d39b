import { TopicLinks } from '@/components/hubs/topic-links'
import { PageBar } from '@/components/layout/page-bar'
import { getTopics } from '@/lib/guides'
import { notFound } from 'next/navigation'
import { getDictionary } from '@/lib/i18n'
import { pages } from '@/lib/pages'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = pages.topics.metadata

/** Every general article in this language. */
export default async function TopicsPage({ params }: Props) {
  const { locale, crumbs, translations } = (await pages.topics.get(params)) ?? notFound()
  const t = getDictionary(locale)
  const topics = await getTopics(locale)
  return (
    <>
      <PageBar t={t} crumbs={crumbs} translations={translations} />
      <h1>{t.topics.title}</h1>
      <p className="lead">{t.topics.description}</p>
      <TopicLinks locale={locale} topics={topics} headingId="all-topics" title={t.hubs.allGuides} />
    </>
  )
}
