import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { ROOT } from './helpers'

/** Run one of scripts/*.ts the way `npm run` does (through tsx), without a terminal. */
export function runScript(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'scripts', script), ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...env },
      input: '',
    },
  )
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}
