/**
 * What a report request must look like before its body is even read. Each check returns the status to
 * answer with and a short reason for the log, or undefined when the request passes.
 */
export type Refusal = { status: 400 | 403 | 404 | 413 | 415 | 429; problem: Problem }
export type Problem = 'origin' | 'type' | 'size' | 'invalid' | 'note' | 'unknown' | 'limit'

/**
 * Only the site's own pages may post: browsers send `Sec-Fetch-Site` (same-origin for our form) and
 * `Origin` on every POST. A request with neither (a script, curl) is refused too: the form is the only client.
 */
export function checkOrigin(headers: Headers): Refusal | undefined {
  const site = headers.get('sec-fetch-site')
  if (site !== null && site !== 'same-origin') return { status: 403, problem: 'origin' }
  const origin = headers.get('origin')
  const host = headers.get('host')
  if (!origin || origin === 'null' || !host || !URL.canParse(origin) || new URL(origin).host !== host)
    return { status: 403, problem: 'origin' }
  return undefined
}

export function checkContentType(headers: Headers): Refusal | undefined {
  const type = headers.get('content-type')?.split(';')[0].trim().toLowerCase()
  return type === 'application/x-www-form-urlencoded' ? undefined : { status: 415, problem: 'type' }
}

/** Read the body, giving up (413) as soon as it passes `max` bytes, whatever Content-Length claimed. */
export async function readLimited(request: Request, max: number): Promise<string | Refusal> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > max) return { status: 413, problem: 'size' }
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel().catch(() => {})
      return { status: 413, problem: 'size' }
    }
    chunks.push(value)
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks))
}

/**
 * The client's address, for rate limits only. server/request-guard.mjs puts the socket's peer address in
 * `x-sim-helper-peer` (replacing anything a client sent); `next dev` has no guard, so fall back to the
 * last X-Forwarded-For hop, which Next.js itself appends.
 */
export function clientAddress(headers: Headers): string {
  const peer = headers.get('x-sim-helper-peer')
  if (peer) return peer
  return headers.get('x-forwarded-for')?.split(',').at(-1)?.trim() || 'unknown'
}
