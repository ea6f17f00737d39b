import type { ReactNode } from 'react'
import { SiteFooter, SiteHeader } from '@/components/layout/site-header'
import { getDictionary, LANGUAGE_TAG } from '@/lib/i18n'
import { routes } from '@/lib/routes'
import { localeParams, requireLocale } from './params'
import '../globals.css'

// Closed set: unknown ids get app/global-not-found.tsx, served statically with its full HTML.
export const dynamicParams = false
export const generateStaticParams = localeParams

/** The root layout: one per locale, so `<html lang>` is right on every page. */
export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = requireLocale((await params).locale)
  return (
    <html lang={LANGUAGE_TAG[locale]}>
      <body>
        {/* React places <link> in <head>: the feed of recently updated guides in this language. */}
        <link rel="alternate" type="application/atom+xml" href={routes.feed(locale)} title={getDictionary(locale).seo.feedTitle} />
        <SiteHeader locale={locale} />
        <main id="main" className="wrap">{children}</main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
