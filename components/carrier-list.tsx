import { countryName, type Locale } from '@/lib/i18n'
import type { CarrierListStrings } from '@/lib/i18n/slices'
import { routes } from '@/lib/routes'
import type { Carrier } from '@/lib/schema/carrier'
import type { Guide } from '@/lib/schema/content'

/** Carriers grouped by country, each with direct links to the tasks it has guides for. */
export function CarrierList({
  t,
  locale,
  carriers,
  guides,
  headingLevel = 3,
}: {
  t: CarrierListStrings
  locale: Locale
  carriers: Carrier[]
  guides: Guide[]
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const countries = [...new Set(carriers.map((carrier) => carrier.country))]
  return (
    <div className="countries">
      {countries.map((country) => (
        <section key={country} aria-labelledby={`country-${locale}-${country}`}>
          <Heading id={`country-${locale}-${country}`}>{countryName(country, locale)}</Heading>
          <ul className="carrier-list">
            {carriers
              .filter((carrier) => carrier.country === country)
              .map((carrier) => {
                const own = guides.filter((guide) => guide.carrier === carrier.id)
                return (
                  <li key={carrier.id} className="carrier-item">
                    <a className="carrier-name" href={routes.carrier(locale, carrier.id)}>
                      {carrier.name[locale]}
                    </a>
                    <span className="carrier-kind">{t.kinds[carrier.kind]}</span>
                    {own.length ? (
                      <ul className="task-links">
                        {own.map((guide) => (
                          <li key={guide.task}>
                            <a href={routes.guide(locale, carrier.id, guide.task)}>{t.tasks[guide.task].name}</a>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <p className="muted">{t.home.noGuides}</p>
                    )}
                  </li>
                )
              })}
          </ul>
        </section>
      ))}
    </div>
  )
}
