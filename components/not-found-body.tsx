import { CarrierList } from '@/components/carrier-list'
import type { Locale } from '@/lib/i18n'
import type { NotFoundStrings } from '@/lib/i18n/slices'
import { routes } from '@/lib/routes'
import type { Carrier } from '@/lib/schema/carrier'
import type { Guide } from '@/lib/schema/content'
import { METHODS } from '@/lib/schema/method'

/** A helpful 404 in one language: what happened, and every way back in (carriers with their guides, methods). */
export function NotFoundBody({
  t,
  locale,
  headingLevel,
  carriers,
  guides,
}: {
  t: NotFoundStrings
  locale: Locale
  headingLevel: 1 | 2
  carriers: Carrier[]
  guides: Guide[]
}) {
  const Title = headingLevel === 1 ? 'h1' : 'h2'
  return (
    <>
      <Title>{t.notFound.title}</Title>
      <p className="lead">{t.notFound.body}</p>
      <p>
        <a href={routes.home(locale)}>{t.notFound.home}</a>
      </p>
      <CarrierList
        t={t}
        locale={locale}
        carriers={carriers}
        guides={guides}
        headingLevel={headingLevel === 1 ? 2 : 3}
      />
      <ul className="inline-list">
        {METHODS.map((method) => (
          <li key={method}>
            <a href={routes.methodHub(locale, method)}>{t.methods[method].name}</a>
          </li>
        ))}
      </ul>
    </>
  )
}
