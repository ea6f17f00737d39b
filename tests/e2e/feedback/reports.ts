import http from 'node:http'

/** Form fields for one report; `note` makes each one recognisable in the database. */
export function reportBody(fields: Record<string, string> = {}): string {
  return new URLSearchParams({
    locale: 'zh',
    carrier: 'smart',
    task: 'top-up',
    method: 'ussd',
    from: 'guide',
    worked: 'no',
    reason: 'charged',
    ...fields,
  }).toString()
}

export interface Answer {
  status: number
  location?: string
  retryAfter?: string
  body: string
}

/** POST a report as the site's own form would (same-origin headers), over raw node:http; a null header is left out. */
export function postReport(
  base: string,
  body: string,
  options: { headers?: Record<string, string | null>; agent?: http.Agent; timeoutMs?: number } = {},
): Promise<Answer> {
  const url = new URL('/api/feedback', base)
  const headers = Object.entries({
    Origin: url.origin,
    'Sec-Fetch-Site': 'same-origin',
    'Content-Type': 'application/x-www-form-urlencoded',
    'Content-Length': String(Buffer.byteLength(body)),
    ...options.headers,
  }).filter((entry): entry is [string, string] => entry[1] !== null)
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent: options.agent,
        timeout: options.timeoutMs ?? 15_000,
        headers: Object.fromEntries(headers),
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            location: response.headers.location,
            retryAfter: response.headers['retry-after'] as string | undefined,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
        response.on('error', reject)
      },
    )
    request.on('timeout', () => request.destroy(new Error('timeout')))
    request.on('error', reject)
    request.end(body)
  })
}

export function getPage(base: string, path: string, agent?: http.Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(new URL(path, base), { agent, timeout: 15_000 }, (response) => {
      response.resume()
      response.on('end', () => resolve(response.statusCode ?? 0))
    })
    request.on('timeout', () => request.destroy(new Error('timeout')))
    request.on('error', reject)
  })
}
