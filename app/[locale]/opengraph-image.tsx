import { SHARE_CARD_SIZE } from '@/components/og/share-card'
import { shareImageResponse } from '@/lib/og/share-image'
import { siteCardText } from '@/lib/og/share-text'
import { notFound } from 'next/navigation'
import { pages } from '@/lib/pages'

export const size = SHARE_CARD_SIZE
export const contentType = 'image/png'
export const dynamicParams = false
export const generateStaticParams = pages.home.params

/** The site's share image in one language, for every page that is not a guide. */
export default async function SiteImage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = (await pages.home.get(params)) ?? notFound()
  return shareImageResponse(siteCardText(locale))
}
