import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'

export interface RunResult {
  seconds: number
  /** Peak resident memory of the largest process in the tree (GNU time), in MB; undefined without GNU time. */
  peakMb?: number
  output: string
}

/** Run a command to completion, timing it; with GNU time when available, for peak memory. */
export function timed(command: string, args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  const gnuTime = existsSync('/usr/bin/time')
  const [program, programArgs] = gnuTime ? ['/usr/bin/time', ['-f', 'PEAK_KB=%M', command, ...args]] : [command, args]
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(program, programArgs, { env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1' } })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-3000)}`))
      const peak = /PEAK_KB=(\d+)/.exec(output)
      resolve({ seconds, peakMb: peak ? Math.round(Number(peak[1]) / 1024) : undefined, output })
    })
  })
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

export function table(rows: Array<Record<string, string | number | undefined>>) {
  console.table(rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value ?? '—']))))
}
