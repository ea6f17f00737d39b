import type { Metadata } from 'next'
import { NotFoundBody } from '@/components/not-found-body'
import { getCarriers, getGuides } from '@/lib/guides'
import { getDictionary, LANGUAGE_TAG, LOCALES } from '@/lib/i18n'
import './globals.css'

export const metadata: Metadata = { title: '找不到页面 · Page not found | SIM 助手', robots: { index: false } }

/**
 * The one 404 page, for every unknown URL. It is prerendered and served as full HTML, so it works
 * without JavaScript. It speaks both languages: Next.js renders a notFound() raised on demand under
 * app/[locale] as an empty shell (vercel/next.js#62228), so a per-locale 404 is not yet possible
 * without losing the no-JavaScript page. See docs/decisions/001-one-bilingual-404.md.
 */
export default async function GlobalNotFound() {
  const [carriers, guides] = await Promise.all([getCarriers(), Promise.all(LOCALES.map(getGuides))])
  return (
    <html lang={LANGUAGE_TAG.zh}>
      <body>
        <main id="main" className="wrap">
          {LOCALES.map((locale, index) => (
            <section key={locale} lang={LANGUAGE_TAG[locale]} className="not-found">
              <NotFoundBody
                t={getDictionary(locale)}
                locale={locale}
                headingLevel={index === 0 ? 1 : 2}
                carriers={carriers}
                guides={guides[index]}
              />
            </section>
          ))}
        </main>
      </body>
    </html>
  )
}
