import type { NextConfig } from 'next'
import { HSTS_HEADER, SECURITY_HEADERS } from './lib/security-headers'

const nextConfig: NextConfig = {
  // A self-contained server folder (.next/standalone) for deployment: see docs/deploy.md.
  output: 'standalone',
  // The build benchmark builds generated content into its own folder, leaving .next alone.
  distDir: process.env.SIM_HELPER_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // Paths outside /zh and /en get app/global-not-found.tsx (a bilingual 404) instead of a bare one.
  experimental: { globalNotFound: true },
  // Content is read from content/ at build time; make sure a standalone trace never misses it.
  outputFileTracingIncludes: { '/**': ['./content/**/*'] },
  // The feedback store's drivers load their own files (PGlite: its .wasm and .data) at run time: not bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'pg', 'kysely'],
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      { source: '/:path*', has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }], headers: [HSTS_HEADER] },
    ]
  },
}

export default nextConfig
