import Link from 'next/link'
import { JsonLd } from '@/components/json-ld'
import { getDictionary, LANGUAGE_TAG, type Locale } from '@/lib/i18n'
import { breadcrumbList, type Crumb } from '@/lib/structured-data'

export type { Crumb }

/**
 * Breadcrumbs, and a link to the same page in the other language when that translation exists
 * (no link at all otherwise: never a link to a page that is not there). The BreadcrumbList JSON-LD
 * is built from the same crumbs, so what search engines read is what visitors see.
 */
export function PageBar({ locale, crumbs, translation }: { locale: Locale; crumbs: Crumb[]; translation?: { locale: Locale; href: string } }) {
  const t = getDictionary(locale)
  return (
    <div className="page-bar">
      <JsonLd data={breadcrumbList(crumbs)} />
      <nav aria-label={t.breadcrumb}>
        <ol className="breadcrumbs">
          {crumbs.map((crumb, index) => (
            <li key={crumb.href}>
              {index === crumbs.length - 1 ? <span aria-current="page">{crumb.name}</span> : <Link href={crumb.href}>{crumb.name}</Link>}
            </li>
          ))}
        </ol>
      </nav>
      {translation ? (
        <Link className="language-switch" href={translation.href} hrefLang={LANGUAGE_TAG[translation.locale]} lang={LANGUAGE_TAG[translation.locale]}>
          {t.switchLanguage}
        </Link>
      ) : null}
    </div>
  )
}
