import { NextResponse, type NextRequest } from 'next/server'

/**
 * The one check in front of every page, so that hostile requests get an ordinary answer instead of a 500
 * (methods other than GET and HEAD are turned away earlier, by server/method-guard.mjs):
 * - a malformed percent-escape (e.g. /zh/%E0%A4%A) makes Next.js throw while decoding route params,
 *   so it gets the normal 404 page here instead;
 * - the image optimizer is unused, so /_next/image is simply not found.
 */
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/_next/image') || !isWellFormed(request.nextUrl.pathname)) {
    return NextResponse.rewrite(new URL('/not-found', request.url), { status: 404 })
  }
  return NextResponse.next()
}

function isWellFormed(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

export const config = {
  // Hashed build assets never need the check; everything else (pages, 404s, the image route) does.
  matcher: ['/((?!_next/static|icon\\.svg).*)'],
}
