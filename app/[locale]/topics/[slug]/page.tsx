import { ArticleBody } from '@/components/guide/article-body'
import { SourceList, VerifiedNote } from '@/components/guide/trust'
import { TopicLinks } from '@/components/hubs/topic-links'
import { PageBar } from '@/components/layout/page-bar'
import { notFound } from 'next/navigation'
import { getTopics } from '@/lib/guides'
import { getDictionary } from '@/lib/i18n'
import { pages } from '@/lib/pages'

type Props = { params: Promise<{ locale: string; slug: string }> }

// Closed set: unknown ids get app/global-not-found.tsx, served statically with its full HTML.
export const dynamicParams = false

export const generateStaticParams = pages.topic.params
export const generateMetadata = pages.topic.metadata

/** A general article: the text, when it was verified, its sources, and the other topics. */
export default async function TopicPage({ params }: Props) {
  const { locale, topic, crumbs, translations } = (await pages.topic.get(params)) ?? notFound()
  const t = getDictionary(locale)
  const topics = await getTopics(locale)
  return (
    <article className="guide topic">
      <PageBar t={t} crumbs={crumbs} translations={translations} />
      <h1>{topic.title}</h1>
      <VerifiedNote verified={topic.verified} updated={topic.updated} t={t.guide} locale={locale} />
      <p className="lead">{topic.summary}</p>
      <div className="prose">
        <ArticleBody body={topic.body} part="all" />
      </div>
      <SourceList sources={topic.sources} t={t.guide} />
      <TopicLinks
        locale={locale}
        topics={topics.filter((other) => other.slug !== topic.slug)}
        headingId="more-topics"
        title={t.topics.more}
      />
    </article>
  )
}
