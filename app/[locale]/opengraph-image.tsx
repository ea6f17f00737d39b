import { ImageResponse } from 'next/og'
import { SHARE_CARD_SIZE, ShareCard, shareCardText } from '@/components/og/share-card'
import { getDictionary } from '@/lib/i18n'
import { ogFonts } from '@/lib/og/fonts'
import { siteOrigin } from '@/lib/site-url'
import { staticParams } from '@/lib/pages'
import { requireLocale } from '@/lib/route-lookups'

export const size = SHARE_CARD_SIZE
export const contentType = 'image/png'
export const dynamicParams = false
export const generateStaticParams = () => staticParams('home')

/** The site's share image in one language, for every page that is not a guide. */
export default async function SiteImage({ params }: { params: Promise<{ locale: string }> }) {
  const t = getDictionary(requireLocale((await params).locale))
  const text = {
    eyebrow: t.tagline,
    title: t.home.title,
    summary: t.home.description,
    footer: new URL(siteOrigin).host,
  }
  const { fonts, fontFamily } = await ogFonts(shareCardText(text))
  return new ImageResponse(<ShareCard {...text} fontFamily={fontFamily} />, { ...size, fonts })
}
