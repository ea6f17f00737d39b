import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'

/** Types for server/request-guard.mjs (plain JavaScript: the front server runs without a compiler). */
export const PEER_HEADER: 'x-sim-helper-peer'
export type GuardVerdict =
  | { refuse: { status: 400 | 405; headers: Record<string, string>; body: string }; pass?: undefined }
  | { pass: { url: string; headers: IncomingHttpHeaders }; refuse?: undefined }
export function guardRequest(
  request: Pick<IncomingMessage, 'method' | 'url' | 'headers'> & { socket?: { remoteAddress?: string } },
  options?: { trustProxy?: boolean },
): GuardVerdict
