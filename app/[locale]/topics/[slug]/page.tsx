import { ArticleBody } from '@/components/guide/article-body'
import { SourceList, VerifiedNote } from '@/components/guide/trust'
import { TopicLinks } from '@/components/hubs/topic-links'
import { PageBar } from '@/components/layout/page-bar'
import { getContent, getTopic, getTopics, topicLocales } from '@/lib/guides'
import { getDictionary } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { topicPage } from '@/lib/site-pages'
import { routes } from '@/lib/routes'
import { translationFor } from '@/lib/translation'
import { notFound } from 'next/navigation'
import { requireLocale } from '../../params'

type Props = { params: Promise<{ locale: string; slug: string }> }

// Closed set: unknown ids get app/global-not-found.tsx, served statically with its full HTML.
export const dynamicParams = false

export async function generateStaticParams() {
  return (await getContent()).topics.map(({ locale, slug }) => ({ locale, slug }))
}

async function lookup(params: Props['params']) {
  const { locale: l, slug } = await params
  const locale = requireLocale(l)
  const topic = await getTopic(locale, slug)
  if (!topic) notFound()
  return { locale, topic, t: getDictionary(locale) }
}

export async function generateMetadata({ params }: Props) {
  const { locale, topic } = await lookup(params)
  const locales = await topicLocales(topic.slug)
  return pageMetadata({
    locale,
    title: topic.title,
    description: topic.summary,
    page: await topicPage(topic.slug),
  })
}

/** A general article: the text, when it was verified, its sources, and the other topics. */
export default async function TopicPage({ params }: Props) {
  const { locale, topic, t } = await lookup(params)
  const [locales, topics] = await Promise.all([topicLocales(topic.slug), getTopics(locale)])
  return (
    <article className="guide topic">
      <PageBar
        locale={locale}
        crumbs={[
          { name: t.nav.home, href: routes.home(locale) },
          { name: t.traveller.topics, href: routes.topics(locale) },
          { name: topic.title, href: routes.topic(locale, topic.slug) },
        ]}
        translation={translationFor(locale, locales, (other) => routes.topic(other, topic.slug), (other) => ({ name: getDictionary(other).traveller.topics, href: routes.topics(other) }))}
      />
      <h1>{topic.title}</h1>
      <VerifiedNote verified={topic.verified} updated={topic.updated} t={t} />
      <p className="lead">{topic.summary}</p>
      <div className="prose">
        <ArticleBody body={topic.body} part="all" />
      </div>
      <SourceList sources={topic.sources} t={t} />
      <TopicLinks locale={locale} topics={topics.filter((other) => other.slug !== topic.slug)} headingId="more-topics" title={t.traveller.moreTopics} />
    </article>
  )
}
