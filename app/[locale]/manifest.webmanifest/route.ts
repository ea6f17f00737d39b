import type { MetadataRoute } from 'next'
import { notFound } from 'next/navigation'
import { getDictionary, LANGUAGE_TAG } from '@/lib/i18n'
import { APP_ICONS, offlineFiles, routes } from '@/lib/routes'
import { THEME_COLORS } from '@/lib/theme'
import { pages } from '@/lib/pages'

// Written once per locale at build time, like every page.
export const dynamic = 'force-static'
export const dynamicParams = false
export const generateStaticParams = pages.manifest.params

/**
 * The web app manifest in one language, so the installed app opens on that language's home page.
 * (Next.js's app/manifest.ts makes a single one for the whole site; this route makes one per locale.)
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = (await pages.manifest.get(params)) ?? notFound()
  const t = getDictionary(locale)
  const manifest: MetadataRoute.Manifest = {
    id: routes.home(locale),
    name: t.siteName,
    short_name: t.siteName,
    description: t.offline.appDescription,
    lang: LANGUAGE_TAG[locale],
    start_url: routes.home(locale),
    scope: '/',
    display: 'standalone',
    background_color: THEME_COLORS.light,
    theme_color: THEME_COLORS.accent,
    icons: APP_ICONS.map((icon) => ({
      src: offlineFiles.appIcon(icon),
      sizes: icon.includes('192') ? '192x192' : '512x512',
      type: 'image/png',
      purpose: icon.startsWith('maskable') ? 'maskable' : 'any',
    })),
  }
  return new Response(JSON.stringify(manifest), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  })
}
