import { spawn, type ChildProcess } from 'node:child_process'

/**
 * Start the production server (`server/start.mjs`, as `npm start` does) on a loopback port and wait for
 * it. Refuses a port that already answers, so a figure never comes from a stale server.
 */
export async function startProductionServer(
  root: string,
  port: number,
  env: Record<string, string> = {},
): Promise<{ url: string; stop: () => void }> {
  const url = `http://127.0.0.1:${port}`
  if (await answers(`${url}/zh`)) throw new Error(`port ${port} is already in use: stop that server first`)
  const child: ChildProcess = spawn(process.execPath, ['server/start.mjs', '-p', String(port)], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: 'ignore',
  })
  const stop = () => child.kill('SIGTERM') // start.mjs passes it on to the server
  for (let attempt = 0; attempt < 60; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 500))
    if (await answers(`${url}/zh`)) return { url, stop }
  }
  stop()
  throw new Error('the production server did not start: run `npm run build` first')
}

const answers = (url: string) =>
  fetch(url).then(
    (response) => response.ok,
    () => false,
  )
