/**
 * Bundle the islands (islands/*.ts: small plain-TypeScript scripts that enhance server-rendered HTML)
 * into public/islands/, where pages load them from. Runs before `next build` and `next dev`.
 */
import { readdirSync } from 'node:fs'
import { build } from 'esbuild'

const entryPoints = readdirSync('islands')
  .filter((name) => name.endsWith('.ts'))
  .map((name) => `islands/${name}`)
await build({
  entryPoints,
  outdir: 'public/islands',
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  logLevel: 'warning',
  // `npm run dev` passes --dev: the worker's island then removes production workers instead of registering.
  define: { 'process.env.NODE_ENV': JSON.stringify(process.argv.includes('--dev') ? 'development' : 'production') },
})
