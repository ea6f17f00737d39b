export const SHARE_CARD_SIZE = { width: 1200, height: 630 }

export interface ShareCardText {
  /** Small line above the title: the site name, or carrier · task. */
  eyebrow: string
  title: string
  summary: string
  /** Bottom line: the site's host, and the verified date for guides. */
  footer: string
}

/** Every character a card draws, so only the font slices holding them are loaded (lib/og/fonts.ts). */
export const shareCardText = ({ eyebrow, title, summary, footer }: ShareCardText) =>
  `${eyebrow}${title}${summary}${footer}`

/**
 * The 1200×630 image shown when a page is shared. Rendered by Satori (next/og), which only knows
 * flexbox and inline styles; each element with more than one child must be display: flex.
 */
export function ShareCard({ eyebrow, title, summary, footer, fontFamily }: ShareCardText & { fontFamily: string }) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#ffffff',
        color: '#1a1a1a',
        fontFamily,
        borderTop: '16px solid #0b57d0',
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ fontSize: 34, fontWeight: 700, color: '#0b57d0' }}>{eyebrow}</div>
        <div
          style={{
            marginTop: 28,
            fontSize: title.length > 24 ? 60 : 72,
            fontWeight: 700,
            lineHeight: 1.2,
            lineClamp: 3,
            display: 'block',
          }}
        >
          {title}
        </div>
        <div
          style={{
            marginTop: 28,
            fontSize: 32,
            fontWeight: 400,
            lineHeight: 1.45,
            color: '#595959',
            lineClamp: 3,
            display: 'block',
          }}
        >
          {summary}
        </div>
      </div>
      <div style={{ fontSize: 28, fontWeight: 400, color: '#595959' }}>{footer}</div>
    </div>
  )
}
