import type { IncomingMessage, Server, ServerResponse } from 'node:http'

/** Types for server/front-server.mjs (plain JavaScript: the front server runs without a compiler). */
export function createFrontServer(options: {
  upstream: { host: string; port: number }
  serveReady?: (request: IncomingMessage, response: ServerResponse) => boolean
  trustProxy?: boolean
}): Server
