import { MethodHubCard } from '@/components/hubs/method-hub-card'
import { PageBar } from '@/components/layout/page-bar'
import { getCarriers, guidesByMethod } from '@/lib/guides'
import { notFound } from 'next/navigation'
import { countryName, format, getDictionary } from '@/lib/i18n'
import { pages } from '@/lib/pages'
import { methodHubView } from '@/lib/views/hubs'

type Props = { params: Promise<{ locale: string; method: string }> }

// Closed set: unknown ids get app/global-not-found.tsx, served statically with its full HTML.
export const dynamicParams = false

export const generateStaticParams = pages.methodHub.params
export const generateMetadata = pages.methodHub.metadata

/**
 * One method across carriers, side by side: every code, every number, each shown once with the tasks
 * it serves. The hotline hub also lists each carrier's other contact numbers from its registry entry.
 */
export default async function MethodHubPage({ params }: Props) {
  const { locale, method, crumbs, translations } = (await pages.methodHub.get(params)) ?? notFound()
  const t = getDictionary(locale)
  const [uses, carriers] = await Promise.all([guidesByMethod(locale, method), getCarriers()])
  const name = t.methods[method].name
  const view = methodHubView(method, uses, carriers)
  return (
    <>
      <PageBar t={t} crumbs={crumbs} translations={translations} />
      <h1>{format(t.methodHub.title, { method: name })}</h1>
      <p className="lead">{t.methods[method].description}</p>
      {view.iosHint ? <p className="hint page-hint">{t.action.iosHint}</p> : null}
      {view.countries.length ? (
        view.countries.map(({ country, carriers: group }) => (
          <section key={country} aria-labelledby={`country-${country}`}>
            <h2 id={`country-${country}`}>{countryName(country, locale)}</h2>
            <ul className="hub-list">
              {group.map((card) => (
                <MethodHubCard
                  key={card.carrier.id}
                  t={t}
                  locale={locale}
                  carrier={card.carrier}
                  actions={card.actions}
                  contacts={card.contacts}
                />
              ))}
            </ul>
          </section>
        ))
      ) : (
        <p>{t.methodHub.empty}</p>
      )}
    </>
  )
}
