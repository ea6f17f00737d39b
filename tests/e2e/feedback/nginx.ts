import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { freePort, tempDir } from './site-server'

/**
 * A real nginx (Debian's package, installed by .ci/run) as the reverse proxy in front of several
 * instances, on 127.0.0.1 at a free port: round robin, X-Forwarded-For appended as a production proxy
 * does. One process (`master_process off`), everything in a temp folder.
 */
export const NGINX = '/usr/sbin/nginx'
export const hasNginx = () => existsSync(NGINX)

export async function startNginx(upstreams: number[]): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = tempDir('nginx')
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(dir, sub))
  const port = await freePort()
  const conf = path.join(dir, 'nginx.conf')
  writeFileSync(
    conf,
    `daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream site {
${upstreams.map((upstream) => `    server 127.0.0.1:${upstream};`).join('\n')}
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://site;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
  }
}
`,
  )
  const child = spawn(NGINX, ['-c', conf, '-p', dir], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stderr.on('data', (chunk: Buffer) => (output += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = `http://127.0.0.1:${port}`
  // Up at once on an idle machine; 60 s is a margin for a loaded one (it was 100 tries, about 10 s), not a budget.
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited:\n${output}`)
    if (
      await fetch(`${url}/zh`).then(
        (response) => response.ok,
        () => false,
      )
    )
      break
    if (Date.now() > deadline) throw new Error(`nginx did not start in 60 s:\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGQUIT')
      await exited
    },
  }
}
