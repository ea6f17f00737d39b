import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { lockPath, releaseLock, STARTING_MS, takeLock } from '../../lib/feedback/embedded-lock'
import { ROOT } from './helpers'

const dirs: string[] = []
const scratch = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sim-helper-lock-'))
  dirs.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

/** A lock left by a server killed with SIGKILL: a holder that no longer answers, written a while ago. */
function staleLock(dataDir: string, pid = 1) {
  writeFileSync(lockPath(dataDir), JSON.stringify({ token: 'dead-holder', pid, host: 'gone', since: '2026-01-01' }))
  const old = new Date(Date.now() - STARTING_MS - 60_000)
  utimesSync(lockPath(dataDir), old, old)
}

/** Processes that all try to take one folder's lock at the same instant; what each of them said. */
function contenders(dataDir: string, count: number, wrap: string[] = []): Promise<string[]> {
  const startAt = Date.now() + 4_000 // each child needs a moment to load tsx
  const runs = Array.from({ length: count }, () => {
    const argv = [
      ...wrap,
      process.execPath,
      '--import',
      'tsx',
      path.join(ROOT, 'tests/unit/feedback/take-lock.mts'),
      dataDir,
      String(startAt),
      '3000',
    ]
    const child = spawn(argv[0], argv.slice(1), { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk))
    child.stderr.on('data', (chunk: Buffer) => (out += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), 40_000)
    return new Promise<string>((resolve) =>
      child.on('exit', () => {
        clearTimeout(timer)
        resolve(out.trim())
      }),
    )
  })
  return Promise.all(runs)
}

/** `unshare -fp --mount-proc` (root only): each contender in a PID namespace of its own, where it is PID 1. */
const canUnshare =
  process.getuid?.() === 0 && spawnSync('unshare', ['-fp', '--mount-proc', 'true'], { timeout: 10_000 }).status === 0

describe('the embedded store’s lock', () => {
  it('names its holder by a token made per process, written whole, readable only by the server’s user', async () => {
    const dataDir = scratch()
    await takeLock(dataDir)
    const holder = JSON.parse(readFileSync(lockPath(dataDir), 'utf8'))
    expect(holder).toMatchObject({ pid: process.pid, token: expect.stringMatching(/^[0-9a-f-]{36}$/) })
    expect(statSync(dataDir).mode & 0o077).toBe(0)
    expect(statSync(lockPath(dataDir)).mode & 0o077).toBe(0)
    releaseLock(dataDir)
    expect(() => statSync(lockPath(dataDir))).toThrow()
  })

  it('refuses a second process while the holder runs, naming it', async () => {
    const dataDir = scratch()
    await takeLock(dataDir)
    try {
      const [said] = await contenders(dataDir, 1)
      expect(said).toMatch(
        /^busy the embedded feedback store in .+ is held by another running server \(pid \d+ on .+\)/,
      )
      expect(said).toContain('DATABASE_URL')
    } finally {
      releaseLock(dataDir)
    }
    await expect(takeLock(dataDir)).resolves.toBeUndefined() // released: free again
    releaseLock(dataDir)
  })

  it('takes over a stale lock, even one naming this very pid (every container’s server is PID 1)', async () => {
    const dataDir = scratch()
    staleLock(dataDir, process.pid)
    await takeLock(dataDir)
    expect(JSON.parse(readFileSync(lockPath(dataDir), 'utf8')).token).not.toBe('dead-holder')
    releaseLock(dataDir)
  })

  it('waits for a fresh lock whose holder may still be starting, then refuses or takes over', async () => {
    const dataDir = scratch()
    writeFileSync(lockPath(dataDir), JSON.stringify({ token: 'starting', pid: 1, host: 'h', since: 'now' }))
    const started = Date.now()
    await takeLock(dataDir) // nobody ever answers: taken over once the holder had time to start
    expect(Date.now() - started).toBeGreaterThanOrEqual(STARTING_MS - 1_000)
    releaseLock(dataDir)
  }, 30_000)

  it('lets exactly one of several simultaneous starters on a stale lock win', async () => {
    const dataDir = scratch()
    staleLock(dataDir)
    const said = await contenders(dataDir, 6)
    expect(
      said.filter((line) => line.startsWith('took')),
      said.join('\n'),
    ).toHaveLength(1)
    expect(
      said.filter((line) => line.startsWith('busy')),
      said.join('\n'),
    ).toHaveLength(5)
  }, 60_000)

  it.skipIf(!canUnshare)(
    'lets exactly one win when every starter is PID 1 in its own PID namespace (unshare -fp)',
    async () => {
      const dataDir = scratch()
      staleLock(dataDir)
      const said = await contenders(dataDir, 4, ['unshare', '-fp', '--mount-proc'])
      expect(
        said.filter((line) => line === 'took 1'),
        said.join('\n'),
      ).toHaveLength(1)
      expect(
        said.filter((line) => line.startsWith('busy') && line.includes('(pid 1 ')),
        said.join('\n'),
      ).toHaveLength(3)
    },
    60_000,
  )
})
