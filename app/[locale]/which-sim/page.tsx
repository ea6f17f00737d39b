import { PageBar } from '@/components/layout/page-bar'
import { CodeTable } from '@/components/which-sim/code-table'
import { CompanyName, CompanyNames } from '@/components/which-sim/company-name'
import { SimLookup } from '@/components/which-sim/sim-lookup'
import { notFound } from 'next/navigation'
import { getCarriers } from '@/lib/guides'
import { getDictionary } from '@/lib/i18n'
import { pages } from '@/lib/pages'
import type { ClueKind } from '@/lib/schema/identify'
import { lookupRows, whichSimView } from '@/lib/views/which-sim'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = pages.whichSim.metadata

/**
 * "Which SIM is this?": five clues a traveller can read off the SIM or the phone, each value with the
 * company it points to and its sources (content/identify.yaml), the SIMs on each network (the carrier
 * registry's `host`), and a lookup that answers from the same rows where JavaScript runs.
 */
export default async function WhichSimPage({ params }: Props) {
  const { locale, identify, crumbs, translations } = (await pages.whichSim.get(params)) ?? notFound()
  const t = getDictionary(locale)
  const w = t.whichSim
  const carriers = await getCarriers()
  const view = whichSimView(identify, carriers, locale)
  const sourceNumber = (key: string) => view.sources.findIndex((source) => source.key === key) + 1
  const table = (kind: ClueKind) => {
    const found = view.tables.find((candidate) => candidate.kind === kind)
    return found ? <CodeTable caption={w.kinds[kind]} rows={found.rows} sourceNumber={sourceNumber} t={w} /> : null
  }
  return (
    <article className="guide which-sim">
      <PageBar t={t} crumbs={crumbs} translations={translations} />
      <h1>{identify.page.title[locale]}</h1>
      <p className="lead">{w.intro}</p>
      <SimLookup strings={w.lookup} rows={lookupRows(view)} />
      <h2>{w.clues.title}</h2>
      <ol className="clues">
        <li>
          <h3>{w.clues.package}</h3>
          <p>{w.clues.packageText}</p>
        </li>
        <li>
          <h3>{w.clues.networkName}</h3>
          <p>{w.clues.networkNameText}</p>
          <section aria-labelledby="networks">
            <h4 id="networks">{w.networks}</h4>
            <p>{w.networksIntro}</p>
            <ul className="networks">
              {view.networks.map(({ network, sims }) => (
                <li key={network.id}>
                  <strong>
                    <CompanyName company={network} />
                  </strong>
                  {': '}
                  <CompanyNames companies={sims} />
                </li>
              ))}
            </ul>
          </section>
          {table('network-name')}
        </li>
        <li>
          <h3>{w.clues.mccMnc}</h3>
          <p>{w.clues.mccMncText}</p>
          {table('mcc-mnc')}
        </li>
        <li>
          <h3>{w.clues.iccid}</h3>
          <p>{w.clues.iccidText}</p>
          {table('iccid')}
        </li>
        <li>
          <h3>{w.clues.apn}</h3>
          <p>{w.clues.apnText}</p>
          {table('apn')}
        </li>
      </ol>
      <section className="sources" aria-labelledby="sources">
        <h2 id="sources">{t.guide.sources}</h2>
        <ol>
          {view.sources.map((source) => (
            <li key={source.key} id={`source-${source.key}`}>
              <a href={source.url} rel="noopener">
                {source.title}
              </a>{' '}
              <span className="source-kind">
                ({source.official ? t.guide.official : t.guide.thirdParty}
                {source.date ? `, ${source.date}` : ''})
              </span>
            </li>
          ))}
        </ol>
      </section>
    </article>
  )
}
