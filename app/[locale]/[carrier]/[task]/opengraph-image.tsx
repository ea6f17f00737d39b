import { SHARE_CARD_SIZE } from '@/components/og/share-card'
import { shareImageResponse } from '@/lib/og/share-image'
import { guideCardText } from '@/lib/og/share-text'
import { notFound } from 'next/navigation'
import { pages } from '@/lib/pages'

export const size = SHARE_CARD_SIZE
export const contentType = 'image/png'
// Prerendered once per guide at build time, like the page itself, from the share image cache.
export const dynamicParams = false

export const generateStaticParams = pages.guide.params

/** The guide's share image: its title and summary, in its own language, with a font that has the glyphs. */
export default async function GuideImage({
  params,
}: {
  params: Promise<{ locale: string; carrier: string; task: string }>
}) {
  const { guide, carrier } = (await pages.guide.get(params)) ?? notFound()
  return shareImageResponse(guideCardText(guide, carrier))
}
