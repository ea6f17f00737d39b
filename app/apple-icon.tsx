import { appIconImage } from '@/components/og/app-icon'

export const size = { width: 180, height: 180 }
export const contentType = 'image/png'

/** The home-screen icon iOS uses (it ignores the web app manifest's icons and crops to a rounded square). */
export default function AppleIcon() {
  return appIconImage(size.width, true)
}
