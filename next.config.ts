import { availableParallelism } from 'node:os'
import type { NextConfig } from 'next'
import { islandHashes } from './build/island-scripts'
import { DOCUMENTS_ONLY, documentHeaders, HSTS_HEADER, NOSNIFF_HEADER } from './lib/security-headers'

const nextConfig: NextConfig = {
  // A self-contained server folder (.next/standalone) for deployment: see docs/deploy.md.
  output: 'standalone',
  // The build benchmark builds generated content into its own folder, leaving .next alone.
  distDir: process.env.SIM_HELPER_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // Paths outside /zh and /en get app/global-not-found.tsx (a bilingual 404) instead of a bare one.
  experimental: {
    globalNotFound: true,
    // Prerender on every core: Next.js keeps one for itself by default, which sits idle while the workers
    // render (on two cores, one worker renders ~7,000 pages at 1,000 guides alone). docs/performance.md.
    cpus: availableParallelism(),
  },
  // Content is read and compiled at build time only: the server reads the prebuilt pages and search index,
  // so the standalone folder carries neither the articles nor the compiler (tests/e2e/standalone.spec.ts).
  outputFileTracingExcludes: {
    '/**': [
      './content/**/*',
      './.cache/mdx/**/*',
      './.cache/content.json',
      './lib/**/*',
      './tests/**/*',
      './node_modules/mdx-bundler/**/*',
      './node_modules/esbuild/**/*',
      './node_modules/@esbuild/**/*',
      './node_modules/@esbuild-plugins/**/*',
      './node_modules/@mdx-js/**/*',
    ],
  },
  // The feedback store's drivers load their own files (PGlite: its .wasm and .data) at run time: not bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'pg', 'kysely'],
  // The search page (Pages Router) folds Traditional queries with OpenCC's tables: bundle them, because as an
  // external package its dict/* subpath imports were missing from the standalone server (a 500 on search).
  transpilePackages: ['opencc-js'],
  async headers() {
    return [
      { source: '/:path*', headers: [NOSNIFF_HEADER] },
      // The islands are built before `next build` reads this: their hashes let the pages run them inline.
      { source: DOCUMENTS_ONLY, headers: documentHeaders(islandHashes()) },
      {
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [HSTS_HEADER],
      },
    ]
  },
}

export default nextConfig
