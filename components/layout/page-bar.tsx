import Link from 'next/link'
import { getDictionary, LANGUAGE_TAG, type Locale } from '@/lib/i18n'

export interface Crumb {
  name: string
  href: string
}

/**
 * Breadcrumbs, and a link to the same page in the other language when that translation exists
 * (no link at all otherwise: never a link to a page that is not there).
 */
export function PageBar({ locale, crumbs, translation }: { locale: Locale; crumbs: Crumb[]; translation?: { locale: Locale; href: string } }) {
  const t = getDictionary(locale)
  return (
    <div className="page-bar">
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
