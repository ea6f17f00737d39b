import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chooseEncoding, matchesEtag, staticResponses } from '../../server/static-responses.mjs'

describe('choosing an encoding', () => {
  const both = { br: 'a.br', gzip: 'a.gz' }
  it('prefers Brotli, then gzip, then none', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd', both)).toBe('br')
    expect(chooseEncoding('gzip', both)).toBe('gzip')
    expect(chooseEncoding('deflate', both)).toBeUndefined()
    expect(chooseEncoding(undefined, both)).toBeUndefined()
    expect(chooseEncoding('br', { gzip: 'a.gz' })).toBeUndefined()
  })
  it('honours q=0 and *', () => {
    expect(chooseEncoding('br;q=0, gzip;q=0.5', both)).toBe('gzip')
    expect(chooseEncoding('br;q=0.0, gzip ; q=0', both)).toBeUndefined()
    expect(chooseEncoding('*', both)).toBe('br')
    expect(chooseEncoding('BR', both)).toBe('br')
  })
})

describe('matching an ETag', () => {
  it('matches strong, weak, lists and *; not a prefix', () => {
    expect(matchesEtag('"abc-br"', '"abc-br"')).toBe(true)
    expect(matchesEtag('W/"abc-br"', '"abc-br"')).toBe(true)
    expect(matchesEtag('"x", "abc-br"', '"abc-br"')).toBe(true)
    expect(matchesEtag('*', '"abc"')).toBe(true)
    expect(matchesEtag('"abc"', '"abc-br"')).toBe(false)
    expect(matchesEtag(undefined, '"abc"')).toBe(false)
  })
})

describe('the fast path over HTTP', () => {
  const html = Buffer.from(`<!doctype html><title>t</title>${'<p>Smart top-up '.repeat(200)}`)
  let folder: string
  let server: http.Server
  let base: string

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'static-responses-'))
    mkdirSync(path.join(folder, 'pages'))
    writeFileSync(path.join(folder, 'pages/top-up.html'), html)
    writeFileSync(path.join(folder, 'pages/top-up.br'), brotliCompressSync(html))
    writeFileSync(path.join(folder, 'pages/top-up.gz'), gzipSync(html))
    writeFileSync(
      path.join(folder, 'static-responses.json'),
      JSON.stringify({
        headerSets: { document: { 'X-Frame-Options': 'DENY' }, asset: {} },
        hsts: 'max-age=1',
        responses: {
          '/zh/smart/top-up': {
            file: 'pages/top-up.html',
            br: 'pages/top-up.br',
            gzip: 'pages/top-up.gz',
            type: 'text/html; charset=utf-8',
            cache: 's-maxage=31536000',
            headers: 'document',
            etag: '"abc"',
          },
        },
      }),
    )
    const serve = staticResponses(folder)!
    server = http.createServer((request, response) => {
      if (!serve(request, response)) response.writeHead(418).end('not ready')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(() => {
    server.close()
    rmSync(folder, { recursive: true, force: true })
  })

  /** node's fetch would decompress and hide the encoding: read the raw bytes with http.request. */
  function get(pathname: string, headers: Record<string, string> = {}, method = 'GET') {
    return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .request(`${base}${pathname}`, { method, headers }, (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk) => chunks.push(chunk))
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
          )
        })
        .on('error', reject)
        .end()
    })
  }

  it('sends each encoding with the same content and its own ETag', async () => {
    const br = await get('/zh/smart/top-up', { 'accept-encoding': 'gzip, br' })
    expect(br.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(br.body)).toEqual(html)
    const gz = await get('/zh/smart/top-up', { 'accept-encoding': 'gzip' })
    expect(gunzipSync(gz.body)).toEqual(html)
    const plain = await get('/zh/smart/top-up')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toEqual(html)
    expect(new Set([br.headers.etag, gz.headers.etag, plain.headers.etag]).size).toBe(3)
    for (const response of [br, gz, plain]) {
      expect(response.headers['content-length']).toBe(String(response.body.length))
      expect(response.headers['x-frame-options']).toBe('DENY')
      expect(response.headers.vary).toBe('Accept-Encoding')
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
    }
  })

  it('answers a matching If-None-Match with 304 and no body', async () => {
    const first = await get('/zh/smart/top-up', { 'accept-encoding': 'br' })
    const again = await get('/zh/smart/top-up', { 'accept-encoding': 'br', 'if-none-match': first.headers.etag! })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
    // The gzip copy a client has is not the Brotli one.
    const other = await get('/zh/smart/top-up', { 'accept-encoding': 'gzip', 'if-none-match': first.headers.etag! })
    expect(other.status).toBe(200)
  })

  it('answers HEAD with the headers only, ignores the query, and adds HSTS only behind HTTPS', async () => {
    const head = await get('/zh/smart/top-up?utm_source=x', { 'accept-encoding': 'br' }, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    expect(head.headers['strict-transport-security']).toBeUndefined()
    const https = await get('/zh/smart/top-up', { 'x-forwarded-proto': 'https' })
    expect(https.headers['strict-transport-security']).toBe('max-age=1')
  })

  it('leaves everything else to Next.js', async () => {
    for (const pathname of ['/zh/smart/top-up/', '/zh/smart', '/constructor', '/__proto__', '/zh/smart/top-up.html'])
      expect((await get(pathname)).status, pathname).toBe(418)
    expect((await get('/zh/smart/top-up', {}, 'POST')).status).toBe(418)
  })

  it('is off when the build wrote no ready responses', () => {
    expect(staticResponses(path.join(folder, 'pages'))).toBeUndefined()
  })
})
