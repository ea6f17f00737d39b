import { MethodHubCard } from '@/components/hubs/method-hub-card'
import { PageBar } from '@/components/layout/page-bar'
import { getCarriers, guidesByMethod } from '@/lib/guides'
import { countryName, format, getDictionary } from '@/lib/i18n'
import { languageSwitch } from '@/lib/language-switch'
import { pageMetadata } from '@/lib/metadata'
import { requirePage, staticParams } from '@/lib/pages'
import { routes } from '@/lib/routes'
import { requireLocale, requireMethod } from '@/lib/route-lookups'
import { methodHubView } from '@/lib/views/hubs'

type Props = { params: Promise<{ locale: string; method: string }> }

// Closed set: unknown ids get app/global-not-found.tsx, served statically with its full HTML.
export const dynamicParams = false

export const generateStaticParams = () => staticParams('methodHub')

export async function generateMetadata({ params }: Props) {
  const { locale: l, method: m } = await params
  const locale = requireLocale(l)
  const method = requireMethod(m)
  const t = getDictionary(locale)
  const name = t.methods[method].name
  return pageMetadata({
    locale,
    title: format(t.methodHub.title, { method: name }),
    description: format(t.methodHub.description, { method: name }),
    page: await requirePage('methodHub', { method }),
  })
}

/**
 * One method across carriers, side by side: every code, every number, each shown once with the tasks
 * it serves. The hotline hub also lists each carrier's other contact numbers from its registry entry.
 */
export default async function MethodHubPage({ params }: Props) {
  const { locale: l, method: m } = await params
  const locale = requireLocale(l)
  const method = requireMethod(m)
  const t = getDictionary(locale)
  const [uses, carriers] = await Promise.all([guidesByMethod(locale, method), getCarriers()])
  const name = t.methods[method].name
  const view = methodHubView(method, uses, carriers)
  const page = await requirePage('methodHub', { method })
  return (
    <>
      <PageBar
        t={t}
        crumbs={[
          { name: t.nav.home, href: routes.home(locale) },
          { name, href: routes.methodHub(locale, method) },
        ]}
        translations={languageSwitch(page, locale)}
      />
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
