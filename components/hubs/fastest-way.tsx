import { Badges } from '@/components/actions/badges'
import { MethodAction } from '@/components/actions/method-action'
import { DotLinks } from './dot-links'
import type { Locale } from '@/lib/i18n'
import type { HubStrings } from '@/lib/i18n/slices'
import { routes } from '@/lib/routes'
import type { Guide } from '@/lib/schema/content'

/**
 * A guide's fastest method, ready to use: the first entry of its `methods` list (the editor's ranking),
 * with its action and badges, where it comes from (the guide's first source: official pages go first), then
 * links to the other ways. The page states the iPhone hint once.
 */
export function FastestWay({ t, locale, guide }: { t: HubStrings; locale: Locale; guide: Guide }) {
  const [fastest, ...others] = guide.methods
  const [source] = guide.sources
  return (
    <>
      <p className="muted">
        {t.hubs.fastestFor}:{' '}
        <a href={routes.guideMethod(locale, guide.carrier, guide.task, fastest.kind)}>{t.methods[fastest.kind].name}</a>
      </p>
      <MethodAction section={fastest} t={t} locale={locale} hints={false} />
      <Badges section={fastest} t={t} locale={locale} confidence />
      <p className="meta">
        {t.hubs.source}:{' '}
        <a href={source.url} rel="noopener">
          {source.title}
        </a>{' '}
        ({source.official ? t.guide.official : t.guide.thirdParty})
      </p>
      {others.length ? (
        <DotLinks
          className="other-ways"
          label={t.hubs.alsoBy}
          links={others.map((section) => ({
            key: section.kind,
            href: routes.guideMethod(locale, guide.carrier, guide.task, section.kind),
            name: t.methods[section.kind].name,
          }))}
        />
      ) : null}
    </>
  )
}
