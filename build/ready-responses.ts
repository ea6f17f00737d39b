/**
 * Everything the site serves that is the same for every request (the
 * prerendered pages, feeds and icons, Next.js's hashed files, public/) becomes a ready response for the
 * server's fast path (server/static-responses.mjs, docs/decisions/011-static-responses.md): its headers
 * decided once here, its body compressed once with Brotli and gzip. Written into the standalone folder:
 * - static-responses.json: URL path → file, content type, cache policy, header set, ETag, compressed files;
 * - static-responses/<hash>.br|.gz: the compressed bodies, named by content (identical bodies share a file).
 * Compressed bodies are cached in <build folder>/cache/compressed (kept by `next build`, like the share images)
 * by content hash, so a rebuild compresses only what changed; copies this build no longer uses are removed.
 */
import { createHash } from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import { documentHeaders, HSTS_HEADER, isDocumentPath, NOSNIFF_HEADER } from '../lib/security-headers'
import { inlineScripts } from './island-scripts'
import type { NextOutput } from './next-output'

/** Next.js's own Cache-Control for each kind of file, kept as it was (tests/e2e/static-responses.spec.ts). */
const CACHE = {
  hashed: 'public, max-age=31536000, immutable',
  public: 'public, max-age=0',
  prerendered: 's-maxage=31536000',
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=UTF-8',
  '.css': 'text/css; charset=UTF-8',
  '.json': 'application/json; charset=UTF-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=UTF-8',
  '.xml': 'application/xml; charset=UTF-8',
}
const headerSet = (list: { key: string; value: string }[]) =>
  Object.fromEntries(list.map(({ key, value }) => [key, value]))

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|atom\+xml|manifest\+json)|image\/svg)/

export type StaticResponse = {
  /** The body, relative to the standalone folder. */
  file: string
  type: string
  cache: string
  /**
   * Which header set of the manifest goes with it: documents get the security headers, a page with a policy
   * that lets run just the scripts it holds (`document:copy,feedback`), other files only nosniff (`asset`).
   */
  headers: string
  etag: string
  br?: string
  gzip?: string
}

/** A URL and its file, relative to the standalone folder (where `${dist}/server` and `${dist}/static` are copied). */
type Source = { url: string; file: string; type: string; cache: string }

/** The prerendered 200 responses Next.js would serve from its cache: pages (HTML) and route handlers' output. */
function prerendered(output: NextOutput): Source[] {
  // The standalone folder's copy of the build folder: what the publish stage rewrote and the server reads.
  const dist = path.relative(output.standaloneDir, output.standaloneDistDir)
  return output.prerendered.flatMap(({ url, kind, file, status, revalidate, headers }) => {
    if (status !== 200 || revalidate !== false) return []
    if (kind === 'page') return [{ url, file: path.join(dist, file), type: TYPES['.html'], cache: CACHE.prerendered }]
    const type = headers['content-type']
    return type
      ? [{ url, file: path.join(dist, file), type, cache: headers['cache-control'] ?? CACHE.prerendered }]
      : []
  })
}

/**
 * The service worker stays with Next.js, which reads the file at each request: it is never part of a first
 * visit, a browser's update check compares it byte for byte anyway, and the deployment test replaces it
 * under a running server to simulate a new deployment (tests/e2e/new-deployment.spec.ts).
 */
const LEFT_TO_NEXT = new Set(['/sw.js'])

/** Files served as they are, found under the standalone folder: `/_next/static/…` (hashed) and public/. */
function files(standalone: string, folder: string, urlPrefix: string, cache: string): Source[] {
  if (!existsSync(path.join(standalone, folder))) return []
  return readdirSync(path.join(standalone, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && TYPES[path.extname(entry.name)])
    .map((entry) => {
      const relative = path.relative(path.join(standalone, folder), path.join(entry.parentPath, entry.name))
      return {
        url: `${urlPrefix}/${relative.split(path.sep).join('/')}`,
        file: path.join(folder, relative),
        type: TYPES[path.extname(entry.name)],
        cache,
      }
    })
}

/**
 * Brotli's best quality (11) for what every first visit downloads, pages and stylesheets: on /zh/smart/top-up
 * 167 bytes fewer than quality 10 (7,819 B), for 2.4 times the compression time (about 15 ms a page, cached).
 * Everything else keeps quality 10, which keeps a cold build at 1,000 guides from growing (docs/performance.md).
 */
export const brotliQuality = (type: string) => (/^text\/(html|css)/.test(type) ? 11 : 10)

const compressors = {
  br: (body: Buffer, type: string) =>
    promisify(brotliCompress)(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: brotliQuality(type),
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (body: Buffer) => promisify(gzip)(body, { level: 9 }),
}

/** The cache file's name tells the settings too: a change of quality never reuses an older copy. */
const cacheName = (hash: string, encoding: keyof typeof compressors, type: string) =>
  encoding === 'br' ? `${hash}.q${brotliQuality(type)}.br` : `${hash}.gz`

/** At most this many compressions at once: zlib runs them on libuv's thread pool, so all cores help. */
async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = []
  for (let start = 0; start < items.length; start += size)
    results.push(...(await Promise.all(items.slice(start, start + size).map(work))))
  return results
}

export async function writeReadyResponses(output: NextOutput): Promise<string> {
  const standalone = output.standaloneDir
  const compressedDir = path.join(standalone, 'static-responses')
  const cacheDir = path.join(output.distDir, 'cache', 'compressed')
  /** Cache entries this build used: the others are pruned at the end. */
  const used = new Set<string>()

  /** A compressed copy of `body` when it saves at least 5 %, from the cache when this body was compressed before. */
  async function compressed(body: Buffer, hash: string, type: string, encoding: keyof typeof compressors) {
    const name = cacheName(hash, encoding, type)
    const cached = path.join(cacheDir, name)
    used.add(name)
    if (!existsSync(cached)) writeFileSync(cached, await compressors[encoding](body, type))
    const size = statSync(cached).size
    if (size > body.length * 0.95) return undefined
    const target = path.join(compressedDir, name)
    if (!existsSync(target)) copyFileSync(cached, target)
    return path.relative(standalone, target)
  }

  /** The header sets responses name: each page's policy lists the hashes of its own inline scripts. */
  const headerSets: Record<string, Record<string, string>> = { asset: headerSet([NOSNIFF_HEADER]) }
  function documentHeaderSet(body: Buffer, type: string): string {
    const scripts = type === TYPES['.html'] ? inlineScripts(body.toString('utf8')) : []
    const name = `document:${scripts.map((script) => script.name).join(',')}`
    headerSets[name] ??= headerSet([NOSNIFF_HEADER, ...documentHeaders(scripts.map((script) => script.hash))])
    return name
  }

  async function describe(source: Source): Promise<[string, StaticResponse]> {
    const body = readFileSync(path.join(standalone, source.file))
    const hash = createHash('sha256').update(body).digest('base64url').slice(0, 22)
    const response: StaticResponse = {
      file: source.file,
      type: source.type,
      cache: source.cache,
      headers: isDocumentPath(source.url) ? documentHeaderSet(body, source.type) : 'asset',
      etag: `"${hash}"`,
    }
    if (COMPRESSIBLE.test(source.type)) {
      response.br = await compressed(body, hash, source.type, 'br')
      response.gzip = await compressed(body, hash, source.type, 'gzip')
    }
    return [source.url, response]
  }

  rmSync(compressedDir, { recursive: true, force: true })
  mkdirSync(compressedDir, { recursive: true })
  mkdirSync(cacheDir, { recursive: true })
  const started = performance.now()
  const staticDir = path.join(path.relative(standalone, output.standaloneDistDir), 'static')
  const sources = [
    ...prerendered(output),
    ...files(standalone, staticDir, '/_next/static', CACHE.hashed),
    ...files(standalone, 'public', '', CACHE.public),
  ].filter((source) => !LEFT_TO_NEXT.has(source.url))
  const responses = Object.fromEntries(await inBatches(sources, 16, describe))
  const manifest = {
    headerSets,
    hsts: HSTS_HEADER.value,
    responses,
  }
  writeFileSync(path.join(standalone, 'static-responses.json'), JSON.stringify(manifest))
  for (const name of readdirSync(cacheDir)) if (!used.has(name)) rmSync(path.join(cacheDir, name))
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  return `static responses: ${sources.length} ready (Brotli and gzip) in ${seconds}s`
}
