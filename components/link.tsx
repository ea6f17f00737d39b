import NextLink from 'next/link'
import type { ComponentProps } from 'react'

/**
 * Every internal link on the site. Prefetching is off: Next.js would otherwise fetch the data of every
 * link in view (measured: a home page's 150 KB first visit became 300 KB in 60 requests), which a
 * traveller on roaming data pays for whether they tap or not. Pages are small and static, so a tap
 * still loads fast.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />
}
