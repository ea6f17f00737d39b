import type { IncomingMessage, ServerResponse } from 'node:http'

/** Types for server/static-responses.mjs (plain JavaScript: the front server runs without a compiler). */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  available: { br?: string; gzip?: string },
): 'br' | 'gzip' | undefined
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean
export function staticResponses(
  standaloneDir: string,
): ((request: IncomingMessage, response: ServerResponse) => boolean) | undefined
