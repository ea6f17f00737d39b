import { Badges } from '@/components/actions/badges'
import { MethodAction } from '@/components/actions/method-action'
import { DotLinks } from '@/components/hubs/dot-links'
import type { SharedAction } from '@/lib/hubs'
import { getDictionary, type Locale } from '@/lib/i18n'
import { routes } from '@/lib/routes'

/** One section of the out-of-data card: each action once, with its cost and the tasks it serves. */
export function CardActions({ id, title, actions, locale }: { id: string; title: string; actions: SharedAction[]; locale: Locale }) {
  const t = getDictionary(locale)
  if (!actions.length) return null
  return (
    <section aria-labelledby={id} className="card-section">
      <h2 id={id}>{title}</h2>
      <ul className="card-list">
        {actions.map(({ section, guides }) => (
          <li key={`${section.kind}:${guides.map((guide) => guide.task).join()}`} className="card-item">
            <MethodAction section={section} locale={locale} hints={false} />
            <Badges section={section} locale={locale} confidence />
            <DotLinks
              className="used-for"
              label={t.traveller.usedFor}
              links={guides.map((guide) => ({ key: guide.task, href: routes.guideMethod(locale, guide.carrier, guide.task, section.kind), name: t.tasks[guide.task].name }))}
            />
          </li>
        ))}
      </ul>
    </section>
  )
}
