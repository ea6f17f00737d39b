import { SearchForm } from '@/components/search/search-form'
import type { Dictionary, Locale } from '@/lib/i18n'
import type { HeaderStrings } from '@/lib/i18n/slices'
import { routes } from '@/lib/routes'

export function SiteHeader({ t, locale }: { t: HeaderStrings; locale: Locale }) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <div className="wrap header-row">
        <a className="site-name" href={routes.home(locale)}>
          {t.siteName}
        </a>
        <span className="tagline">{t.tagline}</span>
        <SearchForm t={t.search} locale={locale} />
      </div>
    </header>
  )
}

export function SiteFooter({ t }: { t: Dictionary['footer'] }) {
  return (
    <footer className="site-footer">
      <div className="wrap">
        <p>{t.disclaimer}</p>
      </div>
    </footer>
  )
}
