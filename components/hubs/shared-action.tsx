import { Badges } from '@/components/actions/badges'
import { MethodAction } from '@/components/actions/method-action'
import type { SharedAction } from '@/lib/hubs'
import type { Locale } from '@/lib/i18n'
import type { HubStrings } from '@/lib/i18n/slices'
import { routes } from '@/lib/routes'
import { DotLinks } from './dot-links'

/** One action shown once (a code, a number, a site), its cost and conditions, and every task it serves. */
export function SharedActionBody({
  action: { section, guides },
  t,
  locale,
}: {
  action: SharedAction
  t: HubStrings
  locale: Locale
}) {
  return (
    <>
      <MethodAction section={section} t={t} locale={locale} hints={false} />
      <Badges section={section} t={t} locale={locale} confidence />
      <DotLinks
        className="used-for"
        label={t.hubs.usedFor}
        links={guides.map((guide) => ({
          key: guide.task,
          href: routes.guideMethod(locale, guide.carrier, guide.task, section.kind),
          name: t.tasks[guide.task].name,
        }))}
      />
    </>
  )
}

/** A stable React key for a shared action: its kind and the tasks it serves. */
export const sharedActionKey = ({ section, guides }: SharedAction) =>
  `${section.kind}:${guides.map((guide) => guide.task).join()}`
