/**
 * `npm start`, and the Docker image's command: the front server (server/front-server.mjs) in front of
 * Next.js's standalone server, which runs as a child on a private loopback port. PORT (or `-p <port>`, like
 * `next start -p`) and HOSTNAME_OVERRIDE (127.0.0.1 unless set; a container sets 0.0.0.0) say where the
 * front server listens. It listens only once Next.js answers; if Next.js exits, so does this, non-zero, for
 * a supervisor to restart both. SIGINT and SIGTERM stop both.
 */
import { fork } from 'node:child_process'
import { existsSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'
import { createFrontServer } from './front-server.mjs'
import { staticResponses } from './static-responses.mjs'

const flag = process.argv.indexOf('-p')
const port = Number(flag !== -1 ? process.argv[flag + 1] : (process.env.PORT ?? '3000'))
const hostname = process.env.HOSTNAME_OVERRIDE ?? '127.0.0.1'
const LOOPBACK = '127.0.0.1'
const STOP_GRACE_MS = 10_000

// The standalone folder: .next/standalone in a checkout, or this folder's parent in the Docker image
// (which holds the standalone folder's contents beside server/).
const root = path.resolve(import.meta.dirname, '..')
const standaloneDir = [path.join(root, '.next/standalone'), root].find((dir) => existsSync(path.join(dir, 'server.js')))
if (!standaloneDir) {
  console.error('front server: no standalone server (.next/standalone/server.js): run `npm run build` first')
  process.exit(1)
}

// Next.js listens on a TCP port only (its server.js reads a number from PORT), so a free loopback one.
const privatePort = await freePort()
const next = fork(path.join(import.meta.dirname, 'next-child.mjs'), [path.join(standaloneDir, 'server.js')], {
  env: {
    ...process.env,
    PORT: String(privatePort),
    HOSTNAME: LOOPBACK,
    // The standalone server changes its working directory: the feedback data folder is made absolute here.
    SIM_HELPER_DATA_DIR: path.resolve(process.env.SIM_HELPER_DATA_DIR || '.data'),
    // Longer than the front server's pooled connections stay idle, so none is closed under a request.
    KEEP_ALIVE_TIMEOUT: process.env.KEEP_ALIVE_TIMEOUT ?? '65000',
  },
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
})

let stopping = false
let server
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal))
next.on('exit', (code, signal) => {
  console.error(`front server: Next.js exited (${signal ?? `code ${code}`}); stopping`)
  process.exit(code || 1)
})

await untilAnswers(privatePort)
server = createFrontServer({
  upstream: { host: LOOPBACK, port: privatePort },
  // SIM_HELPER_READY_RESPONSES=off sends every request to Next.js (the benchmark's "before", or a way out).
  serveReady: process.env.SIM_HELPER_READY_RESPONSES === 'off' ? undefined : staticResponses(standaloneDir),
  trustProxy: process.env.FEEDBACK_TRUST_PROXY === '1',
})
server.on('error', (error) => {
  console.error(`front server: cannot listen on ${hostname}:${port}: ${error.message}`)
  stop('SIGTERM', 1)
})
server.listen(port, hostname, () => console.log(`front server: http://${hostname}:${port} (Next.js on ${privatePort})`))

function stop(signal, code = 0) {
  if (stopping) return
  stopping = true
  server?.close()
  server?.closeIdleConnections()
  next.removeAllListeners('exit')
  next.once('exit', () => process.exit(code))
  next.kill(signal)
  setTimeout(() => next.kill('SIGKILL'), STOP_GRACE_MS).unref()
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, LOOPBACK, () => {
      const { port: free } = probe.address()
      probe.close(() => resolve(free))
    })
  })
}

/** Resolves once Next.js answers any request on its port (it exits this process if it dies first). */
async function untilAnswers(port) {
  for (;;) {
    const answered = await new Promise((resolve) => {
      const request = http.request({ host: LOOPBACK, port, method: 'HEAD', path: '/' }, (response) => {
        response.resume()
        resolve(true)
      })
      request.on('error', () => resolve(false))
      request.end()
    })
    if (answered) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
