import { mkdirSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs'
import path from 'node:path'

/**
 * PGlite is PostgreSQL in single-user mode: it takes no lock on its data folder, and two processes that
 * open the same folder corrupt it (tried: the second opener's shutdown broke the first one's files). So the
 * embedded store is guarded by a lock file holding the owner's pid. A pid that is no longer alive (a server
 * killed with SIGKILL) leaves a stale file, which the next opener takes over.
 */
export const lockPath = (dataDir: string) => path.join(dataDir, 'feedback.lock')

/** The pid of another live process holding the embedded store, if any. */
export function lockOwner(dataDir: string): number | undefined {
  let pid: number
  try {
    pid = Number(readFileSync(lockPath(dataDir), 'utf8'))
  } catch {
    return undefined
  }
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return undefined
  try {
    process.kill(pid, 0)
    return pid
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined
  }
}

export class StoreBusyError extends Error {}

/** Take the lock or throw StoreBusyError; released when this process exits. */
export function takeLock(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true })
  const owner = lockOwner(dataDir)
  if (owner) throw new StoreBusyError(`the embedded feedback store in ${dataDir} is open in process ${owner}`)
  try {
    const fd = openSync(lockPath(dataDir), 'wx')
    writeFileSync(fd, String(process.pid))
    closeSync(fd)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    // A stale file (its owner is gone): take it over; a race with another opener is caught just below.
    writeFileSync(lockPath(dataDir), String(process.pid))
  }
  if (Number(readFileSync(lockPath(dataDir), 'utf8')) !== process.pid)
    throw new StoreBusyError(`another process took the lock on ${dataDir}`)
  process.once('exit', () => releaseLock(dataDir))
}

export function releaseLock(dataDir: string): void {
  try {
    if (Number(readFileSync(lockPath(dataDir), 'utf8')) === process.pid) rmSync(lockPath(dataDir))
  } catch {
    // already gone
  }
}
