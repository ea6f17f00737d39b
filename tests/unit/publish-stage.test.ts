import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { scriptHash } from '../../build/island-scripts'
import { NextOutput } from '../../build/next-output'
import { writeReadyResponses } from '../../build/ready-responses'
import { prepareStandalone } from '../../build/standalone'
import { stripRuntime, stripRuntimeStep } from '../../build/strip-runtime'
import { staticResponses } from '../../server/static-responses.mjs'

/**
 * The publish stage's contract with Next.js: the steps that read Next.js's output run on a small copy of a
 * real `next build` of this site (tests/fixtures/next-output/: a guide, the home page, the 404 page, a feed
 * and the icon, as Next.js 16.4.5 wrote them, trimmed to these routes), in a scratch folder. No build.
 */
const FIXTURE = path.join(__dirname, '../fixtures/next-output')
let project: string
let dist: string

beforeEach(() => {
  project = mkdtempSync(path.join(tmpdir(), 'publish-stage-'))
  cpSync(FIXTURE, project, { recursive: true })
  dist = path.join(project, 'dist')
  // What `next build` also writes with output: 'standalone': the server and its own copy of the pages.
  mkdirSync(path.join(dist, 'standalone'))
  writeFileSync(path.join(dist, 'standalone/server.js'), '// Next.js standalone server\n')
  cpSync(path.join(dist, 'server'), path.join(dist, 'standalone/dist/server'), { recursive: true })
})
afterEach(() => rmSync(project, { recursive: true, force: true }))

const read = (file: string) => readFileSync(path.join(dist, file), 'utf8')
const island = (name: string) => readFileSync(path.join(project, `public/islands/${name}.js`), 'utf8')
const manifestFile = () => path.join(dist, 'prerender-manifest.json')
const editManifest = (edit: (manifest: { routes: Record<string, Record<string, unknown>> }) => void) => {
  const manifest = JSON.parse(readFileSync(manifestFile(), 'utf8'))
  edit(manifest)
  writeFileSync(manifestFile(), JSON.stringify(manifest))
}

describe("reading Next.js's output", () => {
  it('lists pages and route outputs with their files, status and headers', () => {
    const output = new NextOutput('dist', project)
    expect(output.buildId).toMatch(/^\S+$/)
    expect(output.pages()).toEqual(expect.arrayContaining(['/zh', '/zh/smart/top-up']))
    expect(output.pages()).not.toContain('/_not-found')
    const feed = output.prerendered.find((route) => route.url === '/zh/feed.xml')
    expect(feed).toMatchObject({ kind: 'route', status: 200, revalidate: false })
    expect(feed?.headers['content-type']).toMatch(/xml/)
    expect(output.read('/icon.svg?icon.123.svg').toString()).toContain('<svg')
  })

  it('stops the build naming the file and the field when a field it relies on changed', () => {
    editManifest((manifest) => {
      delete manifest.routes['/zh'].routeType
    })
    expect(() => new NextOutput('dist', project)).toThrow(/prerender-manifest\.json: .*\n.*routes\.\/zh\.routeType/)
    editManifest((manifest) => {
      manifest.routes['/zh'].routeType = 'page'
      manifest.routes['/zh'].initialRevalidateSeconds = 'never'
    })
    expect(() => new NextOutput('dist', project)).toThrow(/routes\.\/zh\.initialRevalidateSeconds/)
  })

  it('stops the build when a listed page has no file, or there is no build', () => {
    rmSync(path.join(dist, 'server/app/zh/smart/top-up.html'))
    expect(() => new NextOutput('dist', project)).toThrow(/top-up\.html: the prerendered page \/zh\/smart\/top-up/)
    rmSync(path.join(dist, 'BUILD_ID'))
    expect(() => new NextOutput('dist', project)).toThrow(/BUILD_ID: missing/)
  })
})

describe('stripping the framework runtime', () => {
  it('leaves no framework script, keeps structured data, and writes the islands into the end of the body', async () => {
    const before = read('server/app/zh/smart/top-up.html')
    expect(before).toMatch(/<script src="\/_next\/static\/[^"]+\.js"/)
    await stripRuntimeStep(new NextOutput('dist', project))
    const after = read('server/app/zh/smart/top-up.html')
    expect(after).not.toMatch(/\/_next\/static\/[^"]+\.js/)
    expect(after).not.toContain('self.__next_f')
    expect(after).toContain('<script type="application/ld+json">')
    // Each island the page asked for, once, its file's code written into the end of the body.
    const asked = [...new Set([...before.matchAll(/<script src="\/islands\/([\w-]+)\.js"/g)].map((match) => match[1]))]
    expect(asked.length).toBeGreaterThan(1)
    const inline = asked.map((name) => `<script id="island-${name}">${island(name)}</script>`).join('')
    expect(after.endsWith(`${inline}</body></html>`)).toBe(true)
    expect(after).not.toContain('<script src=')
    expect(after).toContain('<link rel="icon" href="data:image/svg+xml,')
    expect(after).toContain(before.slice(before.indexOf('<main'), before.indexOf('<main') + 2000))
    // The standalone server's copy is the same page.
    expect(read('standalone/dist/server/app/zh/smart/top-up.html')).toBe(after)
    expect(read('server/app/_not-found.html')).not.toMatch(/\/_next\/static\/[^"]+\.js/)
  })

  it('stops on an island whose code would end the script early', async () => {
    const html = '<html><body><p>Text</p><script src="/islands/copy.js" async=""></script></body></html>'
    const inlined = await stripRuntime(html, 'a.html', () => Buffer.from('let a = 1 < 2\n'))
    expect(inlined).toBe('<html><body><p>Text</p><script id="island-copy">let a = 1 < 2\n</script></body></html>')
    await expect(stripRuntime(html, 'b.html', () => Buffer.from('s = "</SCRIPT>"'))).rejects.toThrow(
      /\/islands\/copy\.js: .*would break the page/,
    )
  })

  it('stops on a page that still names a framework script, or has no body', async () => {
    const icon = () => Buffer.from('<svg/>')
    await expect(
      stripRuntime(
        '<html><head><link rel="preload" href="/_next/static/chunks/a.js"></head><body></body></html>',
        'a.html',
        icon,
      ),
    ).rejects.toThrow(/a\.html: .*names \/_next\/static\/chunks\/a\.js/)
    await expect(stripRuntime('<p>no body end', 'b.html', icon)).rejects.toThrow(/b\.html: .*no <\/body>/)
  })
})

describe('ready responses from the fixture', () => {
  it('answers the page, the feed, the icon and the stylesheet with their headers, and leaves the 404 to Next.js', async () => {
    const output = new NextOutput('dist', project)
    await stripRuntimeStep(output)
    mkdirSync(path.join(project, '.cache/search'), { recursive: true })
    writeFileSync(path.join(project, '.cache/search/zh.idx'), 'index')
    writeFileSync(path.join(project, '.cache/feedback-targets.json'), '{}')
    prepareStandalone(output, project)
    expect(existsSync(path.join(output.standaloneDir, '.cache/search/zh.idx'))).toBe(true)
    await writeReadyResponses(output)

    const serve = staticResponses(output.standaloneDir)
    const ask = (url: string) => {
      let status = 0
      let headers: Record<string, string> = {}
      let body: Buffer | undefined
      const response = {
        writeHead: (code: number, sent: Record<string, string>) => {
          status = code
          headers = sent
        },
        end: (sent?: Buffer) => {
          body = sent
        },
      } as unknown as http.ServerResponse
      const answered = serve?.({ method: 'GET', url, headers: { 'accept-encoding': 'br' } } as never, response)
      return { answered, status, headers, body }
    }
    const page = ask('/zh/smart/top-up')
    expect(page).toMatchObject({ answered: true, status: 200 })
    expect(page.headers).toMatchObject({ 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'br' })
    // The policy lets exactly this page's islands run inline, by their hashes: not the home page's saved list.
    const policy = page.headers['Content-Security-Policy']
    const allowed = /script-src ([^;]+)/.exec(policy)?.[1].split(' ')
    expect(allowed).toEqual([
      "'self'",
      ...['copy', 'feedback', 'register-worker'].map((name) => `'${scriptHash(island(name))}'`),
    ])
    expect(ask('/zh').headers['Content-Security-Policy']).toContain(`'${scriptHash(island('saved-list'))}'`)
    expect(ask('/zh/feed.xml').headers['Content-Security-Policy']).toMatch(/script-src 'self';/)
    expect(brotliDecompressSync(page.body as Buffer).toString()).toBe(read('server/app/zh/smart/top-up.html'))
    expect(ask('/zh/feed.xml').headers['Content-Type']).toMatch(/xml/)
    expect(ask('/icon.svg').headers['Content-Type']).toBe('image/svg+xml')
    const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(read('server/app/zh.html'))?.[1] ?? ''
    expect(ask(css).headers['Cache-Control']).toBe('public, max-age=31536000, immutable')
    expect(ask('/_not-found').answered).toBe(false)
  })
})
