/**
 * `npm start`: the production server exactly as it is deployed (the standalone build), on loopback by
 * default. PORT and HOSTNAME come from the environment; `-p <port>` is accepted like `next start -p`.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

const flag = process.argv.indexOf('-p')
const port = flag !== -1 ? process.argv[flag + 1] : (process.env.PORT ?? '3000')
// The standalone server changes its working directory: the feedback data folder (.data/) is made absolute here.
const dataDir = path.resolve(process.env.SIM_HELPER_DATA_DIR || '.data')
const env = {
  ...process.env,
  PORT: port,
  HOSTNAME: process.env.HOSTNAME_OVERRIDE ?? '127.0.0.1',
  SIM_HELPER_DATA_DIR: dataDir,
}
const server = spawn(process.execPath, ['--import', './server/request-guard.mjs', '.next/standalone/server.js'], {
  env,
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
