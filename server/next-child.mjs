/**
 * The Next.js child of the front server (server/start.mjs): runs Next.js's own standalone `server.js`,
 * unchanged (its path is the one argument). The IPC channel to the front server closes when the front
 * server is gone, even killed with SIGKILL: then stop as on SIGTERM, so that no server without its front
 * keeps the private port or the report store's lock.
 */
import { pathToFileURL } from 'node:url'

process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'))
await import(pathToFileURL(process.argv[2]).href)
