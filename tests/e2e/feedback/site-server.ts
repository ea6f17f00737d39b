import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

/**
 * A production server of its own for a feedback test (the standalone build `npm run test:e2e` made), on a
 * free loopback port, with its own data folder or DATABASE_URL, so tests never share a store or a limit.
 */
export interface SiteServer {
  url: string
  port: number
  dataDir: string
  process: ChildProcess
  log: () => string
  stop: (signal?: NodeJS.Signals) => Promise<void>
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Scratch folders, removed when the test process exits (an embedded store is about 40 MB). */
const scratch = new Set<string>()
process.once('exit', () => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true })
})
export function tempDir(name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `sim-helper-${name}-`))
  scratch.add(dir)
  return dir
}

export async function startSite(
  options: {
    dataDir?: string
    databaseUrl?: string
    env?: Record<string, string>
    port?: number
    /** A command the server runs under, e.g. `unshare -fp --mount-proc --kill-child` (a PID namespace). */
    wrap?: string[]
    /** Resolve (with the log) when the server exits before it is ready, instead of throwing. */
    mayExit?: boolean
  } = {},
): Promise<SiteServer> {
  const port = options.port ?? (await freePort())
  const dataDir = options.dataDir ?? tempDir('data')
  let output = ''
  // What `npm start` runs: the front server, which starts Next.js's standalone server behind it.
  const argv = [...(options.wrap ?? []), process.execPath, 'server/start.mjs']
  const child = spawn(argv[0], argv.slice(1), {
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME_OVERRIDE: '127.0.0.1',
      SIM_HELPER_DATA_DIR: dataDir,
      DATABASE_URL: options.databaseUrl ?? '',
      // Load tests send everything from 127.0.0.1: the limits are tested on their own.
      FEEDBACK_LIMIT_PER_HOUR: '1000000',
      FEEDBACK_LIMIT_PER_PAGE: '1000000',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const url = `http://127.0.0.1:${port}`
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const deadline = Date.now() + 120_000 // a fresh embedded store runs initdb: a minute on a loaded machine
  for (;;) {
    if (child.exitCode !== null) {
      if (options.mayExit) break
      throw new Error(`site server exited early:\n${output}`)
    }
    const ready = await fetch(`${url}/zh`).then(
      (response) => response.ok,
      () => false,
    )
    // Ready when pages serve and the store has been tried once (opened, or reported unavailable).
    if (ready && /feedback store (ready|not available)/.test(output)) break
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`site server did not start in 120 s:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  if (child.exitCode !== null) return { url, port, dataDir, process: child, log: () => output, stop: async () => {} }
  // The first report loads the content (a second or two): do it now, with one that is refused (unknown
  // carrier) and so writes nothing, so that a test's first reports are as fast as the rest.
  await fetch(`${url}/api/feedback?locale=zh&carrier=warm-up&task=top-up&method=ussd&from=guide`, {
    method: 'POST',
    headers: { Origin: url, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'worked=yes',
  })
  return {
    url,
    port,
    dataDir,
    process: child,
    log: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      await exited
    },
  }
}
