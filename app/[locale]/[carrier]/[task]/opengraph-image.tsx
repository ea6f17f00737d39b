import { format } from '@/lib/i18n'
import { ImageResponse } from 'next/og'
import { SHARE_CARD_SIZE, ShareCard, shareCardText } from '@/components/og/share-card'
import { ogFonts } from '@/lib/og/fonts'
import { siteOrigin } from '@/lib/site-url'
import { staticParams } from '@/lib/pages'
import { requireGuide } from '@/lib/route-lookups'

export const size = SHARE_CARD_SIZE
export const contentType = 'image/png'
// Rendered once per guide at build time, like the page itself.
export const dynamicParams = false

export const generateStaticParams = () => staticParams('guide')

/** The guide's share image: its title and summary, in its own language, with a font that has the glyphs. */
export default async function GuideImage({
  params,
}: {
  params: Promise<{ locale: string; carrier: string; task: string }>
}) {
  const { locale: l, carrier: c, task } = await params
  const { locale, carrier, guide, t } = await requireGuide(l, c, task)
  const text = {
    eyebrow: `${t.siteName} · ${carrier.name[locale]} · ${t.tasks[guide.task].name}`,
    title: guide.title,
    summary: guide.summary,
    footer: `${new URL(siteOrigin).host} · ${format(t.guide.verified, { date: t.date(guide.verified) })}`,
  }
  const { fonts, fontFamily } = await ogFonts(shareCardText(text))
  return new ImageResponse(<ShareCard {...text} fontFamily={fontFamily} />, { ...size, fonts })
}
