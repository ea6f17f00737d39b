import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { type BuiltFiles, hash } from '../lib/offline/built-files'

/**
 * The one reader of what `next build` wrote (the build folder, `.next`): which responses were prerendered,
 * where their files are, the build id, and the exact bytes the server sends for a URL. Every step of the
 * publish stage (build/publish.ts) reads Next.js's output through this file and nowhere else.
 *
 * Next.js documents no stable format for these files (its Adapters API, `adapterPath`, exists in 16.4 but
 * changes where the prerendered files are written and runs before the standalone folder exists:
 * docs/decisions/015-publish-stage-and-front-server.md). So what this build relies on is written down here
 * as zod schemas, and a build whose output does not match them stops with the file and the field, instead
 * of quietly sending every page to Next.js.
 */

/** The fields of `prerender-manifest.json` this build reads, per prerendered URL. */
const prerenderedRoute = z.object({
  /** A page (its HTML in `<url>.html`) or a route handler's output (feed, icon, sitemap: `<url>.body`). */
  routeType: z.enum(['page', 'route']),
  /** `false`: prerendered once and for all (never revalidated). */
  initialRevalidateSeconds: z.union([z.number(), z.literal(false)]),
  initialStatus: z.number().int().optional(),
  /** What Next.js sends with a route handler's output (content type, cache policy). */
  initialHeaders: z.record(z.string(), z.union([z.string(), z.array(z.string())])).optional(),
})
const prerenderManifest = z.object({ routes: z.record(z.string(), prerenderedRoute) })

export type Prerendered = {
  url: string
  /** A page (HTML, its framework runtime stripped by the publish stage) or a route handler's output. */
  kind: 'page' | 'route'
  /** The body, relative to the build folder (the standalone folder keeps a copy at the same place under it). */
  file: string
  status: number
  /** Seconds, or false when never revalidated. */
  revalidate: number | false
  /** The headers Next.js stored for a route handler's output (none for pages). */
  headers: Record<string, string>
}

/** The 404 pages, prerendered outside the manifest's routes (the second exists with `globalNotFound`). */
const NOT_FOUND_PAGES = ['/_not-found', '/_global-not-found']

export class NextOutputError extends Error {
  constructor(file: string, problem: string) {
    super(
      `${file}: ${problem}\n  The publish stage reads Next.js's build output through build/next-output.ts; if a Next.js upgrade changed it, update the schema there.`,
    )
    this.name = 'NextOutputError'
  }
}

function parse<T>(schema: z.ZodType<T>, file: string): T {
  if (!existsSync(file)) throw new NextOutputError(file, 'missing: run `next build` first')
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new NextOutputError(file, `not JSON (${(error as Error).message})`)
  }
  const result = schema.safeParse(json)
  if (result.success) return result.data
  const problems = result.error.issues.map(
    (issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`,
  )
  throw new NextOutputError(file, `not what this build expects:\n    ${problems.slice(0, 5).join('\n    ')}`)
}

export class NextOutput implements BuiltFiles {
  readonly distDir: string
  /** The project: its public/ folder is served beside the build's files. */
  readonly projectDir: string
  readonly buildId: string
  /** Every response Next.js prerendered, in the manifest's order. */
  readonly prerendered: Prerendered[]
  /** The standalone server's folder, and its copy of the build folder (where the server reads pages). */
  readonly standaloneDir: string
  readonly standaloneDistDir: string

  /** Reads and checks the build folder now: a missing or changed file stops here, not later. */
  constructor(distDir: string, projectDir = process.cwd()) {
    this.projectDir = path.resolve(projectDir)
    this.distDir = path.resolve(projectDir, distDir)
    this.standaloneDir = path.join(this.distDir, 'standalone')
    this.standaloneDistDir = path.join(this.standaloneDir, path.relative(projectDir, this.distDir))
    const idFile = path.join(this.distDir, 'BUILD_ID')
    if (!existsSync(idFile)) throw new NextOutputError(idFile, 'missing: run `next build` first')
    this.buildId = readFileSync(idFile, 'utf8').trim()
    const manifestFile = path.join(this.distDir, 'prerender-manifest.json')
    const { routes } = parse(prerenderManifest, manifestFile)
    this.prerendered = Object.entries(routes).map(([url, route]) => this.describe(url, route))
    if (!this.prerendered.some((route) => route.kind === 'page'))
      throw new NextOutputError(manifestFile, 'no prerendered page at all')
  }

  /** The prerendered HTML pages that answer 200, by URL. */
  pages(): string[] {
    return this.prerendered.filter((route) => route.kind === 'page' && route.status === 200).map((route) => route.url)
  }

  /** The HTML files of every prerendered page and of the 404 pages, relative to the build folder. */
  htmlFiles(): string[] {
    const pages = this.prerendered.filter((route) => route.kind === 'page').map((route) => route.file)
    const notFound = NOT_FOUND_PAGES.map((url) => appFile(url, '.html')).filter(
      (file) => !pages.includes(file) && existsSync(path.join(this.distDir, file)),
    )
    return [...pages, ...notFound]
  }

  /** The body the server answers a site URL with: a page's HTML, a route's output, or a hashed build file. */
  read(url: string): Buffer {
    const pathname = new URL(url, 'http://build.invalid').pathname
    const prerendered = this.prerendered.find((route) => route.url === pathname)
    const candidates = prerendered
      ? [path.join(this.distDir, prerendered.file)]
      : pathname.startsWith('/_next/static/')
        ? [path.join(this.distDir, 'static', pathname.slice('/_next/static/'.length))]
        : [path.join(this.standaloneDir, 'public', pathname), path.join(this.projectDir, 'public', pathname)]
    const file = candidates.find((candidate) => existsSync(candidate))
    if (!file)
      throw new Error(`${url}: no file in ${this.distDir} answers this URL (looked for ${candidates.join(', ')})`)
    return readFileSync(file)
  }

  /** A short hash of a URL's body, for precache revisions. */
  revision(url: string): string {
    return hash(this.read(url))
  }

  private describe(url: string, route: z.infer<typeof prerenderedRoute>): Prerendered {
    const kind = route.routeType
    const file = appFile(url, kind === 'page' ? '.html' : '.body')
    if (!existsSync(path.join(this.distDir, file)))
      throw new NextOutputError(path.join(this.distDir, file), `the prerendered ${kind} ${url} has no file`)
    const headers = Object.fromEntries(
      Object.entries(route.initialHeaders ?? {}).map(([name, value]) => [name, String(value)]),
    )
    const status = route.initialStatus ?? 200
    return {
      url,
      kind,
      file,
      status,
      revalidate: route.initialRevalidateSeconds,
      headers: kind === 'page' ? {} : headers,
    }
  }
}

function appFile(url: string, extension: '.html' | '.body'): string {
  return path.join('server', 'app', `${url === '/' ? 'index' : url}${extension}`)
}
