import { createHash } from 'node:crypto'

/**
 * What the save lists and the service worker's precache need from a finished build: the exact bytes the
 * server sends for a URL, and a short hash of them. build/next-output.ts (the one reader of Next.js's
 * output) provides it at build time.
 */
export type BuiltFiles = {
  read(url: string): Buffer
  revision(url: string): string
}

export const hash = (data: Buffer | string) => createHash('sha256').update(data).digest('hex').slice(0, 16)
