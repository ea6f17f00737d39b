import type { Locale } from '@/lib/i18n'
import { routes } from '@/lib/routes'
import type { Topic } from '@/lib/schema/content'

/** General articles, each with its one-line summary. Renders nothing when there are none in this language. */
export function TopicLinks({
  locale,
  topics,
  headingId,
  title,
}: {
  locale: Locale
  topics: Topic[]
  headingId: string
  title: string
}) {
  if (!topics.length) return null
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <ul className="guide-list">
        {topics.map((topic) => (
          <li key={topic.slug}>
            <a href={routes.topic(locale, topic.slug)}>{topic.title}</a>
            <span className="muted">{topic.summary}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
