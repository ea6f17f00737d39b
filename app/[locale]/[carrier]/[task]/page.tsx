import Link from 'next/link'
import { ArticleBody } from '@/components/guide/article-body'
import { MethodCard } from '@/components/guide/method-section'
import { SourceList, VerifiedNote } from '@/components/guide/trust'
import { JsonLd } from '@/components/json-ld'
import { PageBar } from '@/components/layout/page-bar'
import { guideLocales } from '@/lib/guides'
import { guideTitle, pageMetadata } from '@/lib/metadata'
import { imageRoutes, methodAnchor, routes } from '@/lib/routes'
import { guidePage } from '@/lib/site-pages'
import { guideArticle } from '@/lib/structured-data'
import { guideParams, requireGuide } from '../../params'

type Props = { params: Promise<{ locale: string; carrier: string; task: string }> }

// Closed set: unknown ids get app/global-not-found.tsx, served statically with its full HTML.
export const dynamicParams = false

export const generateStaticParams = guideParams

export async function generateMetadata({ params }: Props) {
  const { locale: l, carrier: c, task } = await params
  const { locale, carrier, guide, t } = await requireGuide(l, c, task)
  return pageMetadata({
    locale,
    title: guideTitle(guide.title, carrier, locale),
    description: guide.summary,
    page: await guidePage(guide.carrier, guide.task),
    image: imageRoutes.guide(locale, guide.carrier, guide.task),
    article: { modified: guide.updated, section: `${carrier.name[locale]} · ${t.tasks[guide.task].name}` },
  })
}

/** The article: every method, fastest first, with its action, conditions and steps. */
export default async function GuidePage({ params }: Props) {
  const { locale: l, carrier: c, task } = await params
  const { locale, carrier, guide, t } = await requireGuide(l, c, task)
  const translated = (await guideLocales(guide.carrier, guide.task)).find((other) => other !== locale)
  return (
    <article>
      <PageBar
        locale={locale}
        crumbs={[
          { name: t.nav.home, href: routes.home(locale) },
          { name: carrier.name[locale], href: routes.carrier(locale, carrier.id) },
          { name: t.tasks[guide.task].name, href: routes.guide(locale, carrier.id, guide.task) },
        ]}
        translation={translated ? { locale: translated, href: routes.guide(translated, carrier.id, guide.task) } : undefined}
      />
      <JsonLd data={guideArticle({ guide, carrier, image: imageRoutes.guide(locale, carrier.id, guide.task) })} />
      <h1>{guide.title}</h1>
      <p className="lead">{guide.summary}</p>
      <VerifiedNote verified={guide.verified} updated={guide.updated} t={t} />
      <ArticleBody body={guide.body} part="prose" />
      <nav className="toc" aria-labelledby="toc">
        <h2 id="toc">{t.guide.onThisPage}</h2>
        <ol>
          {guide.methods.map((section) => (
            <li key={section.kind}><a href={`#${methodAnchor(section.kind)}`}>{t.methods[section.kind].name}</a></li>
          ))}
        </ol>
      </nav>
      {guide.methods.map((section) => (
        <section key={section.kind} id={methodAnchor(section.kind)} aria-labelledby={`${methodAnchor(section.kind)}-title`} className="method">
          <h2 id={`${methodAnchor(section.kind)}-title`}>
            <Link href={routes.guideMethod(locale, carrier.id, guide.task, section.kind)}>{t.methods[section.kind].name}</Link>
          </h2>
          <MethodCard section={section} t={t}>
            <ArticleBody body={guide.body} part={{ method: section.kind }} />
          </MethodCard>
        </section>
      ))}
      <SourceList sources={guide.sources} t={t} />
    </article>
  )
}
