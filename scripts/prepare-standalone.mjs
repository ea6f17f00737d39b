/**
 * After `next build`: the standalone server (.next/standalone/server.js) serves only what is inside its
 * folder, so copy the hashed assets and public/ next to it, as the Next.js docs ask.
 */
import { cpSync, existsSync } from 'node:fs'

const dist = process.env.SIM_HELPER_DIST_DIR || '.next'
const target = `${dist}/standalone`
if (!existsSync(`${target}/server.js`)) throw new Error('no standalone build found: run `next build` with output: "standalone"')
cpSync(`${dist}/static`, `${target}/${dist}/static`, { recursive: true })
if (existsSync('public')) cpSync('public', `${target}/public`, { recursive: true })
// The search index written by `npm run search:index`: the server reads it instead of loading content.
if (existsSync('.cache/search')) cpSync('.cache/search', `${target}/.cache/search`, { recursive: true })
console.log(`standalone server ready: ${target}/server.js`)
