import { ArticleBody } from '@/components/guide/article-body'
import { SourceList, VerifiedNote } from '@/components/guide/trust'
import { TopicLinks } from '@/components/hubs/topic-links'
import { PageBar } from '@/components/layout/page-bar'
import { getTopics } from '@/lib/guides'
import { getDictionary } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { languageSwitch } from '@/lib/language-switch'
import { staticParams } from '@/lib/pages'
import { routes } from '@/lib/routes'
import { requireTopic } from '@/lib/route-lookups'

type Props = { params: Promise<{ locale: string; slug: string }> }

// Closed set: unknown ids get app/global-not-found.tsx, served statically with its full HTML.
export const dynamicParams = false

export const generateStaticParams = () => staticParams('topic')

async function lookup(params: Props['params']) {
  const { locale, slug } = await params
  return requireTopic(locale, slug)
}

export async function generateMetadata({ params }: Props) {
  const { locale, topic, page } = await lookup(params)
  return pageMetadata({
    locale,
    title: topic.title,
    description: topic.summary,
    page,
  })
}

/** A general article: the text, when it was verified, its sources, and the other topics. */
export default async function TopicPage({ params }: Props) {
  const { locale, topic, t, page } = await lookup(params)
  const topics = await getTopics(locale)
  return (
    <article className="guide topic">
      <PageBar
        t={t}
        crumbs={[
          { name: t.nav.home, href: routes.home(locale) },
          { name: t.topics.title, href: routes.topics(locale) },
          { name: topic.title, href: routes.topic(locale, topic.slug) },
        ]}
        translations={languageSwitch(page, locale, (other) => ({
          name: getDictionary(other).topics.title,
          href: routes.topics(other),
        }))}
      />
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
