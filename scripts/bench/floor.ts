import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { brotliCompressSync, constants } from 'node:zlib'
import type { Browser } from '@playwright/test'
import { type DefaultTreeAdapterMap, parse, serialize } from 'parse5'
import { brotliQuality } from '../../build/ready-responses'

/**
 * The floor for the throttled benchmark: the same pages with every `<script>` removed, served by nginx with
 * the same bytes otherwise. Each response the page loads without JavaScript (the page, its stylesheet, its
 * icons) is taken from our server as a browser gets it (Brotli, our headers), the page's HTML is recompressed
 * after the scripts are gone, and nginx answers each URL from a file with those headers. What remains
 * between our server and this one is what our scripts and our server cost.
 */
export const NGINX = '/usr/sbin/nginx'
/** Headers nginx writes itself, or that belong to one response, not to the content. */
const OWN_HEADERS = new Set([
  'date',
  'etag',
  'content-length',
  'content-type',
  'content-encoding',
  'connection',
  'keep-alive',
  'transfer-encoding',
])

interface Captured {
  /** The path nginx answers (a query, e.g. an icon's version, is not part of it). */
  path: string
  type: string
  headers: Array<[string, string]>
  body: Buffer
  encoding?: string
}

export async function startFloor(
  browser: Browser,
  origin: string,
  pages: string[],
  port: number,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sim-helper-floor-'))
  const captured = new Map<string, Captured>()
  for (const page of pages)
    for (const url of await resourcesWithoutJavaScript(browser, origin + page))
      if (!captured.has(url.split('?')[0])) captured.set(url.split('?')[0], await capture(origin, url, url === page))
  const locations = [...captured.values()].map((response, index) => {
    const file = path.join(dir, `${index}.body`)
    writeFileSync(file, response.body)
    const headers = [...response.headers]
    if (response.encoding) headers.push(['content-encoding', response.encoding], ['vary', 'Accept-Encoding'])
    return `    location = ${response.path} {
      alias ${file};
      types { }
      default_type "${response.type}";
${headers.map(([name, value]) => `      add_header ${name} "${value.replaceAll('"', '\\"')}";`).join('\n')}
    }`
  })
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(dir, sub))
  const conf = path.join(dir, 'nginx.conf')
  writeFileSync(
    conf,
    `daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  server_tokens off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
${locations.join('\n')}
  }
}
`,
  )
  const child: ChildProcess = spawn(NGINX, ['-c', conf, '-p', dir], { stdio: 'ignore' })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = `http://127.0.0.1:${port}`
  for (
    let attempt = 0;
    !(await fetch(url + pages[0]).then(
      (response) => response.ok,
      () => false,
    ));
    attempt++
  ) {
    if (child.exitCode !== null || attempt > 100) throw new Error(`nginx did not start (${conf})`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGQUIT')
      await exited
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** The same-origin paths a page loads with JavaScript off (so no script, and nothing a script asks for). */
async function resourcesWithoutJavaScript(browser: Browser, url: string): Promise<string[]> {
  const context = await browser.newContext({ javaScriptEnabled: false })
  try {
    const page = await context.newPage()
    const paths: string[] = []
    const origin = new URL(url).origin
    page.on('request', (request) => {
      const requested = new URL(request.url())
      if (requested.origin === origin && request.resourceType() !== 'script')
        paths.push(requested.pathname + requested.search)
    })
    await page.goto(url, { waitUntil: 'networkidle' })
    return paths
  } finally {
    await context.close()
  }
}

/** One response as a browser gets it from our server; a page's HTML without its scripts, recompressed. */
function capture(origin: string, url: string, isPage: boolean): Promise<Captured> {
  return new Promise((resolve, reject) => {
    const encoding = isPage ? 'identity' : 'br, gzip'
    http
      .get(origin + url, { headers: { 'accept-encoding': encoding } }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          if (response.statusCode !== 200) return reject(new Error(`${url}: ${response.statusCode}`))
          const headers = Object.entries(response.headers)
            .filter(([name]) => !OWN_HEADERS.has(name) && !(name === 'vary'))
            .map(([name, value]) => [name, String(value)] as [string, string])
          const type = String(response.headers['content-type'])
          const body = Buffer.concat(chunks)
          const at = url.split('?')[0]
          if (!isPage) return resolve({ path: at, type, headers, body, encoding: response.headers['content-encoding'] })
          // At the quality the build compresses pages with.
          const html = withoutScripts(body.toString('utf8'))
          const br = brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(type) } })
          resolve({ path: at, type, headers, body: br, encoding: 'br' })
        })
      })
      .on('error', reject)
  })
}

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['parentNode']

/** The document with every `<script>` element (islands, structured data) removed. */
export function withoutScripts(html: string): string {
  const document = parse(html)
  const prune = (node: Node) => {
    if (!('childNodes' in node)) return
    node.childNodes = node.childNodes.filter((child) => child.nodeName !== 'script')
    for (const child of node.childNodes) prune(child)
    if (node.nodeName === 'template') prune((node as DefaultTreeAdapterMap['template']).content)
  }
  prune(document)
  return serialize(document)
}
