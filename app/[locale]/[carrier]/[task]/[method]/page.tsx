import { format } from '@/lib/i18n'
import { Link } from '@/components/link'
import { ArticleBody } from '@/components/guide/article-body'
import { FeedbackForm } from '@/components/feedback/feedback-form'
import { MethodCard } from '@/components/guide/method-section'
import { SourceList, VerifiedNote } from '@/components/guide/trust'
import { PageBar } from '@/components/layout/page-bar'
import { languageSwitch } from '@/lib/language-switch'
import { methodAction, pageMetadata } from '@/lib/metadata'
import { imageRoutes, routes } from '@/lib/routes'
import { staticParams } from '@/lib/pages'
import { requireGuideMethod } from '@/lib/route-lookups'

type Props = { params: Promise<{ locale: string; carrier: string; task: string; method: string }> }

// Closed set: unknown ids get app/global-not-found.tsx, served statically with its full HTML.
export const dynamicParams = false

export const generateStaticParams = () => staticParams('guideMethod')

async function lookup(params: Props['params']) {
  const { locale: l, carrier: c, task, method: m } = await params
  return requireGuideMethod(l, c, task, m)
}

export async function generateMetadata({ params }: Props) {
  const { locale, carrier, guide, section, t, page } = await lookup(params)
  return pageMetadata({
    locale,
    title: format(t.seo.methodTitle, {
      carrier: carrier.name[locale],
      task: t.tasks[guide.task].name,
      method: t.methods[section.kind].name,
    }),
    // The action itself (code, number, text) is what people search for: it leads the description.
    description: format(t.seo.methodDescription, {
      method: t.methods[section.kind].name,
      action: methodAction(section),
      summary: guide.summary,
    }),
    page,
    // The method is a part of its guide: it shares the guide's card.
    image: imageRoutes.guide(locale, guide.carrier, guide.task),
  })
}

/** One method, focused: the action first, then the steps, then the other ways. */
export default async function MethodPage({ params }: Props) {
  const { locale, carrier, guide, section, t, page } = await lookup(params)
  const methodName = t.methods[section.kind].name
  return (
    <article className="guide">
      <PageBar
        t={t}
        crumbs={[
          { name: t.nav.home, href: routes.home(locale) },
          { name: carrier.name[locale], href: routes.carrier(locale, carrier.id) },
          { name: t.tasks[guide.task].name, href: routes.guide(locale, carrier.id, guide.task) },
          { name: methodName, href: routes.guideMethod(locale, carrier.id, guide.task, section.kind) },
        ]}
        translations={languageSwitch(page, locale, (other) => ({
          name: carrier.name[other],
          href: routes.carrier(other, carrier.id),
        }))}
      />
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
                  <Link href={routes.guideMethod(locale, carrier.id, guide.task, other.kind)}>
                    {t.methods[other.kind].name}
                  </Link>
                </li>
              ))}
          </ul>
          <p>
            <Link href={routes.guide(locale, carrier.id, guide.task)}>{t.guide.fullGuide}</Link>
          </p>
        </nav>
      ) : (
        <p>
          <Link href={routes.guide(locale, carrier.id, guide.task)}>{t.guide.fullGuide}</Link>
        </p>
      )}
      <SourceList sources={guide.sources} t={t.guide} />
    </article>
  )
}
