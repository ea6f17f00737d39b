import { Link } from '@/components/link'
import { SearchForm } from '@/components/search/search-form'
import { getDictionary, type Locale } from '@/lib/i18n'
import { routes } from '@/lib/routes'

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = getDictionary(locale)
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <div className="wrap header-row">
        <Link className="site-name" href={routes.home(locale)}>
          {t.siteName}
        </Link>
        <span className="tagline">{t.tagline}</span>
        <SearchForm locale={locale} />
      </div>
    </header>
  )
}

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getDictionary(locale)
  return (
    <footer className="site-footer">
      <div className="wrap">
        <p>{t.footer.disclaimer}</p>
      </div>
    </footer>
  )
}
