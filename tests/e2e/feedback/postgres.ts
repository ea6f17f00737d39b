import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { freePort, tempDir } from './site-server'

/**
 * A throwaway PostgreSQL server (Debian's `postgresql` package, installed by .ci/run) in a temp folder,
 * listening on 127.0.0.1 at a free port and on a Unix socket in that folder; trust authentication, since
 * only this machine's loopback can reach it. As root, the server runs as the `postgres` user.
 */
export interface TestPostgres {
  url: string
  start: () => void
  stop: () => void
  destroy: () => void
}

export function postgresBin(): string | undefined {
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return undefined
  const version = readdirSync(root)
    .sort((a, b) => Number(b) - Number(a))
    .find((name) => existsSync(path.join(root, name, 'bin/pg_ctl')))
  return version && path.join(root, version, 'bin')
}

export async function createPostgres(): Promise<TestPostgres> {
  const bin = postgresBin()
  if (!bin) throw new Error('PostgreSQL is not installed: apt-get install postgresql (.ci/run does)')
  const dir = tempDir('pg')
  const data = path.join(dir, 'data')
  const port = await freePort()
  const asRoot = process.getuid?.() === 0
  if (asRoot) {
    chmodSync(dir, 0o777) // the postgres user writes its data and socket here
  }
  // pg_ctl waits up to 120 s for the server to start or stop (a second or two on an idle machine): a margin
  // for a loaded one, not a budget.
  const run = (tool: string, args: string[]) => {
    const command = asRoot ? 'runuser' : path.join(bin, tool)
    const argv = asRoot ? ['-u', 'postgres', '--', path.join(bin, tool), ...args] : args
    const result = spawnSync(command, argv, { encoding: 'utf8', timeout: 180_000 })
    if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`)
  }
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-instructions'])
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=on`
  const start = () =>
    run('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', '-t', '120', 'start'])
  const stop = () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '120', 'stop'])
  start()
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    destroy: () => {
      try {
        stop()
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
