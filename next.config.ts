import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Paths outside /zh and /en get app/global-not-found.tsx (a bilingual 404) instead of a bare one.
  experimental: { globalNotFound: true },
  // Content is read from content/ at build time; make sure a standalone trace never misses it.
  outputFileTracingIncludes: { '/**': ['./content/**/*'] },
}

export default nextConfig
