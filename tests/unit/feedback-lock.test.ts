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

/**
 * Processes that all try to take one folder's lock at the same instant; what each of them said. Each
 * child says "ready" once it has loaded (tsx takes a moment, longer on a busy machine) and waits; when all
 * are ready the parent tells them all to go at once. A holder keeps the lock until every contender has
 * answered, so none can find it released and take it in turn.
 */
function contenders(dataDir: string, count: number, wrap: string[] = []): Promise<string[]> {
  const children = Array.from({ length: count }, () => {
    const argv = [
      ...wrap,
      process.execPath,
      '--import',
      'tsx',
      path.join(ROOT, 'tests/unit/feedback/take-lock.mts'),
      dataDir,
    ]
    const child = spawn(argv[0], argv.slice(1), { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] })
    return { child, stdout: '', stderr: '', ready: false, answered: false, exited: false }
  })
  const whenAll = (done: (state: (typeof children)[number]) => boolean, then: () => void) => {
    let fired = false
    return () => {
      if (!fired && children.every(done)) {
        fired = true
        then()
      }
    }
  }
  // An exited child counts as ready and as answered, so one that fails to start holds nobody up.
  const go = whenAll(
    (state) => state.ready || state.exited,
    () => {
      for (const { child } of children) child.stdin.write('go\n')
    },
  )
  const finish = whenAll(
    (state) => state.answered || state.exited,
    () => {
      for (const { child } of children) child.stdin.end()
    },
  )
  return Promise.all(
    children.map((state) => {
      const { child } = state
      child.stdin.on('error', () => {}) // a child that exited early: nothing to tell it
      child.stdout.on('data', (chunk: Buffer) => {
        state.stdout += chunk
        const lines = state.stdout.split('\n')
        state.ready ||= lines[0] === 'ready' && lines.length > 1
        state.answered ||= lines.length > 2
        go()
        finish()
      })
      child.stderr.on('data', (chunk: Buffer) => (state.stderr += chunk))
      const timer = setTimeout(() => child.kill('SIGKILL'), 40_000)
      child.on('exit', () => {
        state.exited = true
        go()
        finish()
      })
      return new Promise<string>((resolve) =>
        // 'close', not 'exit': by then everything the child wrote has been read.
        child.on('close', () => {
          clearTimeout(timer)
          resolve(`${state.stdout.replace(/^ready\n/, '')}${state.stderr}`.trim())
        }),
      )
    }),
  )
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
