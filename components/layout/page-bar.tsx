import { JsonLd } from '@/components/json-ld'
import { format, LANGUAGE_NAME, LANGUAGE_TAG } from '@/lib/i18n'
import type { PageBarStrings } from '@/lib/i18n/slices'
import { breadcrumbList } from '@/lib/structured-data'
import type { Crumb, Translation } from '@/lib/page-list'

export type { Crumb }

/**
 * Breadcrumbs, and the language switch: it keeps the traveller on the same guide, or says plainly that
 * this page has no translation and offers the nearest page that has one (never a link to a missing page).
 * The BreadcrumbList JSON-LD is built from the same crumbs, so what search engines read is what visitors see.
 */
export function PageBar({
  t,
  crumbs,
  translations,
}: {
  t: PageBarStrings
  crumbs: Crumb[]
  translations: Translation[]
}) {
  return (
    <div className="page-bar">
      <JsonLd data={breadcrumbList(crumbs)} />
      <nav aria-label={t.breadcrumb}>
        <ol className="breadcrumbs">
          {crumbs.map((crumb, index) => (
            <li key={crumb.href}>
              {index === crumbs.length - 1 ? (
                <span aria-current="page">{crumb.name}</span>
              ) : (
                <a href={crumb.href}>{crumb.name}</a>
              )}
            </li>
          ))}
        </ol>
      </nav>
      {translations.filter(firstMissingOnly).map((translation) => {
        const lang = LANGUAGE_TAG[translation.locale]
        return 'href' in translation ? (
          <a key={translation.locale} className="language-switch" href={translation.href} hrefLang={lang} lang={lang}>
            {LANGUAGE_NAME[translation.locale]}
          </a>
        ) : (
          <p key={translation.locale} className="language-switch language-missing">
            {t.languageSwitch.noTranslation}{' '}
            <a href={translation.missing.href} hrefLang={lang}>
              {format(t.languageSwitch.fallback, { name: translation.missing.name })}
            </a>
          </p>
        )
      })}
    </div>
  )
}

/** A page missing in both Chinese scripts (zh-hant is derived from zh) says so once, not once per script. */
function firstMissingOnly(translation: Translation, index: number, all: Translation[]): boolean {
  return 'href' in translation || all.findIndex((other) => 'missing' in other) === index
}
