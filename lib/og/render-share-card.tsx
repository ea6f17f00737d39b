import { ImageResponse } from 'next/og'
import { SHARE_CARD_SIZE, ShareCard, type ShareCardText, shareCardText } from '../../components/og/share-card'
import { ogFonts } from './fonts'

/**
 * Draws a share card to PNG with next/og (Satori lays it out, resvg rasterises it), with only the font
 * slices its characters need. Called on a cache miss only (lib/og/share-image.ts).
 */
export async function renderShareCard(text: ShareCardText): Promise<Buffer> {
  const { fonts, fontFamily } = await ogFonts(shareCardText(text))
  const response = new ImageResponse(<ShareCard {...text} fontFamily={fontFamily} />, { ...SHARE_CARD_SIZE, fonts })
  return Buffer.from(await response.arrayBuffer())
}
