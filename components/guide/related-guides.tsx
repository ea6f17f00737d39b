import { type Dictionary, format, type Locale } from '@/lib/i18n'
import { routes } from '@/lib/routes'
import type { Carrier } from '@/lib/schema/carrier'
import type { Guide } from '@/lib/schema/content'

/** Where to go next: the same carrier's other tasks, and the same task at other carriers. */
export function RelatedGuides({
  t,
  locale,
  guide,
  carriers,
  sameCarrier,
  sameTask,
}: {
  t: Pick<Dictionary, 'guide' | 'tasks'>
  locale: Locale
  guide: Guide
  carriers: Carrier[]
  sameCarrier: Guide[]
  sameTask: Guide[]
}) {
  if (!sameCarrier.length && !sameTask.length) return null
  const name = (id: string) => carriers.find((carrier) => carrier.id === id)?.name[locale] ?? id
  const labelledBy = [sameCarrier.length ? 'related-carrier' : '', sameTask.length ? 'related-task' : '']
    .filter(Boolean)
    .join(' ')
  return (
    <nav className="related" aria-labelledby={labelledBy}>
      {sameCarrier.length ? (
        <section>
          <h2 id="related-carrier">{format(t.guide.moreFor, { carrier: name(guide.carrier) })}</h2>
          <ul className="inline-list">
            {sameCarrier.map((other) => (
              <li key={other.task}>
                <a href={routes.guide(locale, other.carrier, other.task)}>{t.tasks[other.task].name}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {sameTask.length ? (
        <section>
          <h2 id="related-task">{format(t.guide.sameTaskElsewhere, { task: t.tasks[guide.task].name })}</h2>
          <ul className="inline-list">
            {sameTask.map((other) => (
              <li key={other.carrier}>
                <a href={routes.guide(locale, other.carrier, other.task)}>{name(other.carrier)}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </nav>
  )
}
