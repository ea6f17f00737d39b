/**
 * After `next build`: the standalone server (.next/standalone/server.js) serves only what is inside its
 * folder, so copy the hashed assets and public/ next to it, as the Next.js docs ask.
 */
import { cpSync, existsSync, readdirSync, statSync } from 'node:fs'

const dist = process.env.SIM_HELPER_DIST_DIR || '.next'
const target = `${dist}/standalone`
if (!existsSync(`${target}/server.js`))
  throw new Error('no standalone build found: run `next build` with output: "standalone"')
cpSync(`${dist}/static`, `${target}/${dist}/static`, { recursive: true })
if (existsSync('public')) cpSync('public', `${target}/public`, { recursive: true })
// The search index written by `npm run search:index`: the only thing the server reads to answer searches.
// Without an index made after this `next build`, stop here rather than ship a search that fails.
const built = statSync(`${dist}/BUILD_ID`).mtimeMs
const indexes = existsSync('.cache/search') ? readdirSync('.cache/search').filter((name) => name.endsWith('.idx')) : []
const stale = indexes.filter((name) => statSync(`.cache/search/${name}`).mtimeMs < built)
if (!indexes.length || stale.length)
  throw new Error(
    `no search index for this build (${stale.join(', ') || 'none in .cache/search'}): run \`npm run search:index\` after \`next build\``,
  )
cpSync('.cache/search', `${target}/.cache/search`, { recursive: true })
// What travellers may report on (lib/feedback/targets.ts), written by `npm run content:check`.
if (!existsSync('.cache/feedback-targets.json'))
  throw new Error('no .cache/feedback-targets.json: run `npm run content:check` before `next build`')
cpSync('.cache/feedback-targets.json', `${target}/.cache/feedback-targets.json`)
console.log(`standalone server ready: ${target}/server.js`)
