import { notFound } from 'next/navigation'
import { format, getDictionary } from '@/lib/i18n'
import { ArticleBody } from '@/components/guide/article-body'
import { FeedbackForm } from '@/components/feedback/feedback-form'
import { MethodCard } from '@/components/guide/method-section'
import { SourceList, VerifiedNote } from '@/components/guide/trust'
import { PageBar } from '@/components/layout/page-bar'
import { pages } from '@/lib/pages'
import { routes } from '@/lib/routes'

type Props = { params: Promise<{ locale: string; carrier: string; task: string; method: string }> }

// Closed set: unknown ids get app/global-not-found.tsx, served statically with its full HTML.
export const dynamicParams = false

export const generateStaticParams = pages.guideMethod.params
export const generateMetadata = pages.guideMethod.metadata

/** One method, focused: the action first, then the steps, then the other ways. */
export default async function MethodPage({ params }: Props) {
  const { locale, carrier, guide, section, crumbs, translations } = (await pages.guideMethod.get(params)) ?? notFound()
  const t = getDictionary(locale)
  const methodName = t.methods[section.kind].name
  return (
    <article className="guide">
      <PageBar t={t} crumbs={crumbs} translations={translations} />
      <h1>
        {format(t.seo.methodTitle, {
          carrier: carrier.name[locale],
          task: t.tasks[guide.task].name,
          method: methodName,
        })}
      </h1>
      <MethodCard section={section} t={t} locale={locale}>
        <ArticleBody body={guide.body} part={{ method: section.kind }} />
      </MethodCard>
      <FeedbackForm
        t={t.feedback}
        locale={locale}
        carrier={carrier.id}
        task={guide.task}
        method={section.kind}
        from="method"
        others={guide.methods
          .filter((other) => other.kind !== section.kind)
          .map((other) => ({
            name: t.methods[other.kind].name,
            href: routes.guideMethod(locale, carrier.id, guide.task, other.kind),
          }))}
      />
      <VerifiedNote verified={guide.verified} updated={guide.updated} t={t.guide} locale={locale} />
      {guide.methods.length > 1 ? (
        <nav className="related" aria-labelledby="other-methods">
          <h2 id="other-methods">{t.guide.otherMethods}</h2>
          <ul className="inline-list">
            {guide.methods
              .filter((other) => other.kind !== section.kind)
              .map((other) => (
                <li key={other.kind}>
                  <a href={routes.guideMethod(locale, carrier.id, guide.task, other.kind)}>
                    {t.methods[other.kind].name}
                  </a>
                </li>
              ))}
          </ul>
          <p>
            <a href={routes.guide(locale, carrier.id, guide.task)}>{t.guide.fullGuide}</a>
          </p>
        </nav>
      ) : (
        <p>
          <a href={routes.guide(locale, carrier.id, guide.task)}>{t.guide.fullGuide}</a>
        </p>
      )}
      <SourceList sources={guide.sources} t={t.guide} />
    </article>
  )
}
