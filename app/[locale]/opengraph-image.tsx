import { SHARE_CARD_SIZE } from '@/components/og/share-card'
import { shareImageResponse } from '@/lib/og/share-image'
import { siteCardText } from '@/lib/og/share-text'
import { staticParams } from '@/lib/pages'
import { requireLocale } from '@/lib/route-lookups'

export const size = SHARE_CARD_SIZE
export const contentType = 'image/png'
export const dynamicParams = false
export const generateStaticParams = () => staticParams('home')

/** The site's share image in one language, for every page that is not a guide. */
export default async function SiteImage({ params }: { params: Promise<{ locale: string }> }) {
  return shareImageResponse(siteCardText(requireLocale((await params).locale)))
}
