import { randomUUID } from 'node:crypto'
import { chmodSync, linkSync, mkdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { hostname } from 'node:os'
import path from 'node:path'

/**
 * PGlite is PostgreSQL in single-user mode: it takes no lock on its data folder, and two processes that
 * open the same folder lose reports (two containers on one volume, both PID 1, lost every acknowledged
 * one). So the embedded store is guarded by `feedback.lock`, which names its holder by a random token
 * made once per process (pids repeat across containers and PID namespaces: every container's server is
 * PID 1), and is created atomically (written whole to a private file, then hard-linked into place:
 * link() fails when the lock exists, so two starters can never both win).
 *
 * Whether the holder is alive is asked of the holder itself: it answers on a Unix socket in the data folder
 * (`feedback.sock`, which also serves the editors' commands: embedded-share.server.ts). A lock whose holder
 * does not answer, once it is older than a few seconds (the holder may still be starting), is stale (a
 * server killed with SIGKILL) and is taken over, one taker at a time (a `mkdir` guard, then the lock is
 * removed only if it still names the dead holder).
 */
export const lockPath = (dataDir: string) => path.join(dataDir, 'feedback.lock')
export const socketPath = (dataDir: string) => path.join(dataDir, 'feedback.sock')
const guardPath = (dataDir: string) => path.join(dataDir, 'feedback.lock.takeover')

/** How long a lock whose holder does not answer may still be a holder that is starting. */
export const STARTING_MS = 5_000

export interface Holder {
  token: string
  pid: number
  host: string
  since: string
}

export class StoreBusyError extends Error {}

/** Shared by every bundle of this process (Next.js loads instrumentation and routes as separate modules). */
const state = ((globalThis as { __simHelperLock?: LockState }).__simHelperLock ??= {
  token: randomUUID(),
  held: new Map(),
})
interface LockState {
  token: string
  held: Map<string, { server: http.Server; handlers: Map<string, Handler> }>
}
export type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => void

export const processToken = () => state.token

export function readHolder(dataDir: string): Holder | undefined {
  try {
    const holder = JSON.parse(readFileSync(lockPath(dataDir), 'utf8')) as Holder
    return typeof holder.token === 'string' ? holder : undefined
  } catch {
    return undefined
  }
}

/** The token of the server answering on the data folder's socket, or undefined when none answers. */
export function askHolder(dataDir: string, timeoutMs = 2_000): Promise<string | undefined> {
  return new Promise((resolve) => {
    const request = http.get({ socketPath: socketPath(dataDir), path: '/holder', timeout: timeoutMs }, (response) => {
      let body = ''
      response.on('data', (chunk: Buffer) => (body += chunk.toString()))
      response.on('end', () => resolve(response.statusCode === 200 ? body : undefined))
      response.on('error', () => resolve(undefined))
    })
    request.on('timeout', () => request.destroy())
    request.on('error', () => resolve(undefined))
  })
}

const busyMessage = (dataDir: string, holder: Holder | undefined) =>
  `the embedded feedback store in ${dataDir} is held by another running server` +
  (holder ? ` (pid ${holder.pid} on ${holder.host}, since ${holder.since})` : '') +
  ': run one server per data folder, or set DATABASE_URL to share a PostgreSQL database between instances'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const ageMs = (file: string) => {
  try {
    return Date.now() - statSync(file).mtimeMs
  } catch {
    return undefined
  }
}

/**
 * Take the lock, or throw StoreBusyError naming the live holder. A lock that may belong to a server that is
 * still starting is waited for (up to STARTING_MS). Released when this process exits.
 */
export async function takeLock(dataDir: string): Promise<void> {
  if (state.held.has(dataDir)) return
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  chmodSync(dataDir, 0o700) // reports and the socket are the server user's alone
  const mine: Holder = { token: state.token, pid: process.pid, host: hostname(), since: new Date().toISOString() }
  const draft = `${lockPath(dataDir)}.${state.token}`
  writeFileSync(draft, JSON.stringify(mine), { mode: 0o600 })
  try {
    const deadline = Date.now() + STARTING_MS + 10_000
    for (;;) {
      try {
        linkSync(draft, lockPath(dataDir))
        await listen(dataDir)
        return
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      }
      const holder = readHolder(dataDir)
      const answer = await askHolder(dataDir)
      if (answer) throw new StoreBusyError(busyMessage(dataDir, holder))
      const age = ageMs(lockPath(dataDir))
      if (Date.now() > deadline) throw new StoreBusyError(busyMessage(dataDir, holder))
      if (age === undefined) continue // removed meanwhile: try again at once
      if (holder && age < STARTING_MS) {
        await sleep(200) // its holder may still be starting
        continue
      }
      await takeOver(dataDir, holder?.token)
    }
  } finally {
    rmSync(draft, { force: true })
  }
}

/** Remove a stale lock, one taker at a time, and only if it still names the holder found dead. */
async function takeOver(dataDir: string, staleToken: string | undefined): Promise<void> {
  const guard = guardPath(dataDir)
  try {
    mkdirSync(guard)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    // Another starter is taking over; a guard left by one that died meanwhile is removed after a while.
    if ((ageMs(guard) ?? 0) > 10_000) rmSync(guard, { recursive: true, force: true })
    await sleep(100 + Math.random() * 100)
    return
  }
  try {
    if (readHolder(dataDir)?.token === staleToken && !(await askHolder(dataDir))) rmSync(lockPath(dataDir))
  } finally {
    rmdirSync(guard)
  }
}

/** Answer "who holds this store?" on the data folder's socket, and other paths as registered. */
function listen(dataDir: string): Promise<void> {
  const socket = socketPath(dataDir)
  rmSync(socket, { force: true }) // left by a holder that was killed; we hold the lock now
  const handlers = new Map<string, Handler>()
  const server = http.createServer((request, response) => {
    const path = request.url ?? ''
    if (request.method === 'GET' && path === '/holder') return response.writeHead(200).end(state.token)
    const handler = request.method === 'GET' ? handlers.get(path) : undefined
    if (handler) return handler(request, response)
    response.writeHead(404).end()
  })
  state.held.set(dataDir, { server, handlers })
  process.once('exit', () => releaseLock(dataDir))
  return new Promise((resolve, reject) => {
    server.once('error', (error) => {
      releaseLock(dataDir)
      reject(error)
    })
    server.listen(socket, () => {
      chmodSync(socket, 0o600)
      server.unref()
      resolve()
    })
  })
}

/** Serve a read-only path on the holder's socket (the editors' commands read reports there). */
export function serveOnSocket(dataDir: string, path: string, handler: Handler): void {
  state.held.get(dataDir)?.handlers.set(path, handler)
}

export function releaseLock(dataDir: string): void {
  const held = state.held.get(dataDir)
  if (!held) return
  state.held.delete(dataDir)
  held.server.close()
  if (readHolder(dataDir)?.token === state.token) {
    rmSync(socketPath(dataDir), { force: true })
    rmSync(lockPath(dataDir), { force: true })
  }
}
