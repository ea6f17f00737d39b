import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { table, timed } from './run'
import { writeSyntheticContent } from './synthetic-content'

/**
 * Build at scale: wall time and peak memory of `npm run build` (content check, share images, next build,
 * standalone copy) on generated content of several sizes, cold (no compile cache, no Next.js cache, no share
 * images) and warm (all three from the cold build), then the cost of changing one article, and the steps'
 * own timings. Sizes: BENCH_SIZES (default
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
  const steps = []
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
      'images redrawn': /\((\d+) rendered/.exec(changed.output)?.[1],
    })
    steps.push(
      { guides, build: 'cold', ...stepSeconds(cold.output) },
      { guides, build: 'warm', ...stepSeconds(warm.output) },
    )
    rmSync(work, { recursive: true, force: true })
    rmSync(path.join(root, distDir), { recursive: true, force: true })
  }
  table(rows)
  console.log('Where the seconds go (as each step reports them):')
  table(steps)
  return { rows, steps }
}

/** The steps' own timings, from the build's output: where a build's seconds go. */
function stepSeconds(output: string) {
  // Next.js prints long steps in minutes ("in 1.6min"), the others in seconds or milliseconds.
  const UNIT: Record<string, number> = { ms: 0.001, s: 1, min: 60 }
  const seconds = (pattern: RegExp) => {
    const match = new RegExp(`${pattern.source} ([\\d.]+)(ms|s|min)\\b`).exec(output)
    return match ? (Number(match[1]) * UNIT[match[2]]).toFixed(1) : undefined
  }
  return {
    'content check': seconds(/content ok: .* in/),
    'share images': seconds(/share images: .* in/),
    'next compile': seconds(/Compiled successfully in/),
    'next TypeScript': seconds(/Finished TypeScript in/),
    'next prerender': seconds(/Generating static pages .*\(\d+\/\d+\) in/),
    'ready responses': seconds(/static responses: .* in/),
  }
}
