import { WrongAdvice, wrongAdviceFor } from '@/components/hubs/carrier-notices'
import { ArticleBody } from '@/components/guide/article-body'
import { FeedbackForm } from '@/components/feedback/feedback-form'
import { MethodCard } from '@/components/guide/method-section'
import { PhoneCounter } from '@/components/guide/phone-counter'
import { RelatedGuides } from '@/components/guide/related-guides'
import { SourceList, VerifiedNote } from '@/components/guide/trust'
import { JsonLd } from '@/components/json-ld'
import { PageBar } from '@/components/layout/page-bar'
import { NetworkBranch } from '@/components/which-sim/network-branch'
import { WhichSimLink } from '@/components/which-sim/which-sim-link'
import { notFound } from 'next/navigation'
import { getCarriers, relatedGuides } from '@/lib/guides'
import { getDictionary } from '@/lib/i18n'
import { pages } from '@/lib/pages'
import { imageRoutes, methodAnchor, routes } from '@/lib/routes'
import { guideArticle } from '@/lib/structured-data'
import { registrySimsOn } from '@/lib/views/which-sim'

type Props = { params: Promise<{ locale: string; carrier: string; task: string }> }

// Closed set: unknown ids get app/global-not-found.tsx, served statically with its full HTML.
export const dynamicParams = false

export const generateStaticParams = pages.guide.params
export const generateMetadata = pages.guide.metadata

/**
 * The article: short enough above the fold that the fastest method's action shows on a phone's first
 * screen (title, verified date, a one-line table of contents, the intro), then every method in ranked order.
 */
export default async function GuidePage({ params }: Props) {
  const { locale, carrier, guide, crumbs, translations } = (await pages.guide.get(params)) ?? notFound()
  const t = getDictionary(locale)
  const [related, carriers] = await Promise.all([relatedGuides(guide), getCarriers()])
  return (
    <article className="guide">
      <PageBar t={t} crumbs={crumbs} translations={translations} />
      <JsonLd data={guideArticle({ guide, carrier, image: imageRoutes.guide(locale, carrier.id, guide.task) })} />
      <h1>{guide.title}</h1>
      <p className="meta">
        {t.guide.appliesTo}:{' '}
        {[...guide.plans.map((plan) => t.guide.plans[plan]), ...guide.cards.map((card) => t.guide.cards[card])].join(
          ' · ',
        )}
      </p>
      <VerifiedNote verified={guide.verified} updated={guide.updated} t={t.guide} locale={locale} />
      {/* A network's guides send the traveller with a tourist SIM on it onward; other check-data guides link the which-SIM page. */}
      {carrier.kind === 'operator' ? (
        <NetworkBranch
          t={t.whichSim}
          locale={locale}
          network={carrier.name[locale]}
          sims={registrySimsOn(carrier.id, carriers, locale)}
        />
      ) : guide.task === 'check-data' ? (
        <WhichSimLink t={t.whichSim} locale={locale} />
      ) : null}
      <nav className="toc" aria-labelledby="toc">
        <h2 id="toc">{t.guide.onThisPage}</h2>
        <ol>
          {guide.methods.map((section) => (
            <li key={section.kind}>
              <a href={`#${methodAnchor(section.kind)}`}>{t.methods[section.kind].name}</a>
            </li>
          ))}
        </ol>
      </nav>
      <div className="intro">
        <ArticleBody body={guide.body} part="prose" />
      </div>
      {guide.methods.map((section, index) => (
        <section
          key={section.kind}
          id={methodAnchor(section.kind)}
          aria-labelledby={`${methodAnchor(section.kind)}-title`}
          className="method"
        >
          <h2 id={`${methodAnchor(section.kind)}-title`}>
            <a href={routes.guideMethod(locale, carrier.id, guide.task, section.kind)}>
              {t.methods[section.kind].name}
            </a>
            {index === 0 && guide.methods.length > 1 ? <span className="tag">{t.hubs.fastest}</span> : null}
          </h2>
          <MethodCard section={section} t={t} locale={locale}>
            <ArticleBody body={guide.body} part={{ method: section.kind }} />
          </MethodCard>
          <FeedbackForm
            t={t.feedback}
            locale={locale}
            carrier={carrier.id}
            task={guide.task}
            method={section.kind}
            from="guide"
            others={guide.methods
              .filter((other) => other.kind !== section.kind)
              .map((other) => ({ name: t.methods[other.kind].name, href: `#${methodAnchor(other.kind)}` }))}
          />
        </section>
      ))}
      {/* After the carrier's own ways: the counter every phone has, for when none of them can be reached. */}
      {guide.task === 'check-data' ? <PhoneCounter counter={t.counter} locale={locale} /> : null}
      <WrongAdvice items={wrongAdviceFor(carrier, guide.task)} t={t.reach} locale={locale} />
      <SourceList sources={guide.sources} t={t.guide} />
      <RelatedGuides t={t} locale={locale} guide={guide} carriers={carriers} {...related} />
    </article>
  )
}
