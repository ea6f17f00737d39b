import { SHARE_CARD_SIZE } from '@/components/og/share-card'
import { shareImageResponse } from '@/lib/og/share-image'
import { guideCardText } from '@/lib/og/share-text'
import { staticParams } from '@/lib/pages'
import { requireGuide } from '@/lib/route-lookups'

export const size = SHARE_CARD_SIZE
export const contentType = 'image/png'
// Prerendered once per guide at build time, like the page itself, from the share image cache.
export const dynamicParams = false

export const generateStaticParams = () => staticParams('guide')

/** The guide's share image: its title and summary, in its own language, with a font that has the glyphs. */
export default async function GuideImage({
  params,
}: {
  params: Promise<{ locale: string; carrier: string; task: string }>
}) {
  const { locale, carrier, task } = await params
  const found = await requireGuide(locale, carrier, task)
  return shareImageResponse(guideCardText(found.guide, found.carrier))
}
