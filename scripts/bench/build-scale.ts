import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { table, timed } from './run'
import { writeSyntheticContent } from './synthetic-content'

/**
 * Build at scale: wall time and peak memory of `npm run build` (content check, next build, standalone
 * copy) on generated content of several sizes, cold (no compile cache, no Next.js cache) and warm (both
 * caches from the cold build), then the cost of changing one article. Sizes: BENCH_SIZES (default
 * 100,1000,5000). Everything is written under the temp folder; the project's .next is left alone.
 */
export async function benchBuildScale(root: string) {
  // next build adds its build folder's types to tsconfig.json's include; put the file back afterwards.
  const tsconfig = readFileSync(path.join(root, 'tsconfig.json'), 'utf8')
  try {
    return await buildAtSizes(root)
  } finally {
    writeFileSync(path.join(root, 'tsconfig.json'), tsconfig)
  }
}

async function buildAtSizes(root: string) {
  const sizes = (process.env.BENCH_SIZES ?? '100,1000,5000').split(',').map(Number)
  const rows = []
  for (const size of sizes) {
    const work = path.join(tmpdir(), `sim-helper-bench-${size}`)
    rmSync(work, { recursive: true, force: true })
    const contentDir = path.join(work, 'content')
    const { guides } = writeSyntheticContent(root, contentDir, size)
    // Next.js wants its build folder inside the project: .cache/ is gitignored.
    const distDir = `.cache/bench-next-${size}`
    rmSync(path.join(root, distDir), { recursive: true, force: true })
    const env = {
      SIM_HELPER_CONTENT_DIR: contentDir,
      SIM_HELPER_CACHE_DIR: path.join(work, 'mdx-cache'),
      SIM_HELPER_DIST_DIR: distDir,
    }
    const cold = await timed('npm', ['run', 'build'], env)
    const pages = Number(/\((\d+)\/\d+\) in/.exec(cold.output)?.[1] ?? NaN)
    const warm = await timed('npm', ['run', 'build'], env)
    appendFileSync(path.join(contentDir, 'guides/zh/smart/top-up.mdx'), '\nOne changed sentence.\n')
    const check = await timed('npm', ['run', 'content:check'], env)
    const changed = await timed('npm', ['run', 'build'], env)
    rows.push({
      guides,
      pages,
      'cold s': cold.seconds.toFixed(1),
      'cold ms/page': ((cold.seconds * 1000) / pages).toFixed(0),
      'cold peak MB': cold.peakMb,
      'warm s': warm.seconds.toFixed(1),
      'warm peak MB': warm.peakMb,
      'warm ms/page': ((warm.seconds * 1000) / pages).toFixed(0),
      'one article changed: check s': check.seconds.toFixed(1),
      'one article changed: build s': changed.seconds.toFixed(1),
      recompiled: /\((\d+) compiled/.exec(check.output)?.[1],
    })
    rmSync(work, { recursive: true, force: true })
    rmSync(path.join(root, distDir), { recursive: true, force: true })
  }
  table(rows)
  return rows
}
