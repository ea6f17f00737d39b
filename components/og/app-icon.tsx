import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ImageResponse } from 'next/og'
import { THEME_COLORS } from '@/lib/theme'

/**
 * The site's icon (app/icon.svg) as a PNG, drawn at build time. `padded` artwork sits inside the central
 * 80 % circle on a solid ground: launchers that crop icons to a shape (maskable icons, iOS) keep it whole.
 */
export function appIconImage(size: number, padded: boolean): ImageResponse {
  const svg = readFileSync(path.join(process.cwd(), 'app/icon.svg')).toString('base64')
  const artwork = Math.round(size * (padded ? 0.6 : 0.94))
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: padded ? THEME_COLORS.light : 'transparent',
      }}
    >
      {/* biome-ignore lint/performance/noImgElement: next/og (Satori) draws plain <img>; next/image does not apply. */}
      <img src={`data:image/svg+xml;base64,${svg}`} width={artwork} height={artwork} alt="" />
    </div>,
    { width: size, height: size },
  )
}
