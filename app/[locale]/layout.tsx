import type { Metadata, Viewport } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'
import { SiteFooter, SiteHeader } from '@/components/layout/site-header'
import { getDictionary, isLocale, LANGUAGE_TAG, type Locale } from '@/lib/i18n'
import { pages } from '@/lib/pages'
import { routes } from '@/lib/routes'
import { THEME_COLORS } from '@/lib/theme'
import '../globals.css'

// Closed set: unknown ids get app/global-not-found.tsx, served statically with its full HTML.
export const dynamicParams = false
// One layout per language the site has a home page in.
export const generateStaticParams = pages.home.params

/** The layout's segment is a language and nothing more: any other value is a 404. */
async function localeOf(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  return isLocale(locale) ? locale : notFound()
}

/** Every page links the web app manifest in its own language (pages add their own metadata to this). */
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return { manifest: routes.manifest(await localeOf(params)) }
}

/** The browser's own bar takes the page's background colour, in light and in dark mode. */
export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: THEME_COLORS.light },
    { media: '(prefers-color-scheme: dark)', color: THEME_COLORS.dark },
  ],
}

/** The root layout: one per locale, so `<html lang>` is right on every page. */
export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const locale = await localeOf(params)
  const t = getDictionary(locale)
  return (
    <html lang={LANGUAGE_TAG[locale]}>
      <body>
        {/* React places <link> in <head>: the feed of recently updated guides in this language. */}
        <link rel="alternate" type="application/atom+xml" href={routes.feed(locale)} title={t.seo.feedTitle} />
        <SiteHeader t={t} locale={locale} />
        <main id="main" className="wrap">
          {children}
        </main>
        <SiteFooter t={t.footer} />
        {/* The worker's registration, an island on every page (islands/register-worker.ts). */}
        <script src="/islands/register-worker.js" async />
      </body>
    </html>
  )
}
