import { notFound } from 'next/navigation'
import { appIconImage } from '@/components/og/app-icon'
import { APP_ICONS, type AppIcon } from '@/lib/routes'

// Rendered once at build time from app/icon.svg, so the installed app's icons never drift from the favicon.
export const dynamic = 'force-static'
export const dynamicParams = false
export const generateStaticParams = () => APP_ICONS.map((icon) => ({ icon }))

const isAppIcon = (value: string): value is AppIcon => (APP_ICONS as readonly string[]).includes(value)

/** The PNG icons the web app manifest lists: 192 and 512 px, and a maskable 512 px one. */
export async function GET(_request: Request, { params }: { params: Promise<{ icon: string }> }) {
  const { icon } = await params
  if (!isAppIcon(icon)) notFound()
  return appIconImage(icon.includes('192') ? 192 : 512, icon.startsWith('maskable'))
}
