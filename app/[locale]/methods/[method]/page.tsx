import Link from 'next/link'
import { MethodAction } from '@/components/actions/method-action'
import { Badges } from '@/components/actions/badges'
import { PageBar } from '@/components/layout/page-bar'
import { getCarriers, guidesByMethod } from '@/lib/guides'
import { getDictionary, LOCALES } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { methodHubPage } from '@/lib/site-pages'
import { routes } from '@/lib/routes'
import { METHODS } from '@/lib/schema/method'
import { requireLocale, requireMethod } from '../../params'

type Props = { params: Promise<{ locale: string; method: string }> }

// Closed set: unknown ids get app/global-not-found.tsx, served statically with its full HTML.
export const dynamicParams = false

export function generateStaticParams() {
  return LOCALES.flatMap((locale) => METHODS.map((method) => ({ locale, method })))
}

export async function generateMetadata({ params }: Props) {
  const { locale: l, method: m } = await params
  const locale = requireLocale(l)
  const method = requireMethod(m)
  const t = getDictionary(locale)
  const name = t.methods[method].name
  return pageMetadata({
    locale,
    title: t.methodHub.title(name),
    description: t.methodHub.description(name),
    page: await methodHubPage(method),
  })
}

/** One method across carriers, side by side: every hotline, every code. */
export default async function MethodHubPage({ params }: Props) {
  const { locale: l, method: m } = await params
  const locale = requireLocale(l)
  const method = requireMethod(m)
  const t = getDictionary(locale)
  const [uses, carriers] = await Promise.all([guidesByMethod(locale, method), getCarriers()])
  const other = LOCALES.find((candidate) => candidate !== locale)!
  const name = t.methods[method].name
  return (
    <>
      <PageBar
        locale={locale}
        crumbs={[{ name: t.nav.home, href: routes.home(locale) }, { name, href: routes.methodHub(locale, method) }]}
        translation={{ locale: other, href: routes.methodHub(other, method) }}
      />
      <h1>{t.methodHub.title(name)}</h1>
      <p className="lead">{t.methods[method].description}</p>
      {uses.length ? (
        <ul className="hub-list">
          {uses.map(({ guide, section }) => {
            const carrier = carriers.find((candidate) => candidate.id === guide.carrier)
            return (
              <li key={guide.file} className="hub-item">
                <h2>
                  <Link href={routes.guideMethod(locale, guide.carrier, guide.task, method)}>
                    {carrier?.name[locale] ?? guide.carrier} · {t.tasks[guide.task].name}
                  </Link>
                </h2>
                <MethodAction section={section} t={t} />
                <Badges section={section} t={t} />
              </li>
            )
          })}
        </ul>
      ) : (
        <p>{t.methodHub.empty}</p>
      )}
    </>
  )
}
