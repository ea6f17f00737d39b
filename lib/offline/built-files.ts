import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Read-only access to a finished `next build` (the .next folder): which pages were prerendered, and the
 * exact bytes the server sends for a URL. Sizes and revisions are read from these files, never estimated.
 */
export class BuiltSite {
  constructor(private readonly distDir: string) {}

  buildId(): string {
    return readFileSync(path.join(this.distDir, 'BUILD_ID'), 'utf8').trim()
  }

  /** Every prerendered HTML page, by path (share images, feeds and the sitemap are not HTML and are left out). */
  pages(): string[] {
    return Object.keys(this.routes()).filter((route) => existsSync(this.appFile(route, '.html')))
  }

  /**
   * Every response prerendered once and for all (never revalidated, status 200), with its file and the
   * headers Next.js stored for it: pages (their HTML; no stored headers) and route handlers' output (feeds,
   * manifests, icons, share images, the sitemap). `file` is relative to the build folder's parent, which is
   * where the standalone folder keeps its copy too.
   */
  staticResponses(): Array<{ url: string; file: string; headers: Record<string, string> }> {
    const responses = []
    for (const [url, route] of Object.entries(this.routes())) {
      if (route.initialRevalidateSeconds !== false || (route.initialStatus ?? 200) !== 200) continue
      const html = this.appFile(url, '.html')
      if (existsSync(html)) {
        responses.push({ url, file: html, headers: {} })
        continue
      }
      const body = this.appFile(url, '.body')
      const meta = JSON.parse(readFileSync(body.replace(/\.body$/, '.meta'), 'utf8'))
      if ((meta.status ?? 200) === 200) responses.push({ url, file: body, headers: meta.headers ?? {} })
    }
    return responses
  }

  /** The body the server answers a site URL with: a page's HTML, a route's output, or a hashed build file. */
  read(url: string): Buffer {
    const pathname = new URL(url, 'http://build.invalid').pathname
    const candidates = pathname.startsWith('/_next/static/')
      ? [path.join(this.distDir, 'static', pathname.slice('/_next/static/'.length))]
      : pathname.startsWith('/islands/')
        ? [path.join(this.distDir, 'standalone', 'public', pathname)] // bundled into public/ before next build
        : [this.appFile(pathname, '.html'), this.appFile(pathname, '.body')]
    const file = candidates.find((candidate) => existsSync(candidate))
    if (!file)
      throw new Error(`${url}: no file in ${this.distDir} answers this URL (looked for ${candidates.join(', ')})`)
    return readFileSync(file)
  }

  /** A short hash of a URL's body, for precache revisions. */
  revision(url: string): string {
    return hash(this.read(url))
  }

  private routes(): Record<string, { initialRevalidateSeconds?: number | false; initialStatus?: number }> {
    return JSON.parse(readFileSync(path.join(this.distDir, 'prerender-manifest.json'), 'utf8')).routes
  }

  private appFile(pathname: string, extension: '.html' | '.body'): string {
    return path.join(this.distDir, 'server', 'app', `${pathname === '/' ? 'index' : pathname}${extension}`)
  }
}

export const hash = (data: Buffer | string) => createHash('sha256').update(data).digest('hex').slice(0, 16)
