/**
 * The standalone server (`<build folder>/standalone/server.js`) serves only what is inside its folder: copy
 * the hashed assets and public/ next to it, as the Next.js docs ask, and the two files the server reads
 * that the build made: the search index and the list of what travellers may report on.
 */
import { cpSync, existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import type { NextOutput } from './next-output'

export function prepareStandalone(output: NextOutput, projectDir: string): string {
  const target = output.standaloneDir
  if (!existsSync(path.join(target, 'server.js')))
    throw new Error(`no standalone server in ${target}: next.config.ts must keep output: "standalone"`)
  cpSync(path.join(output.distDir, 'static'), path.join(output.standaloneDistDir, 'static'), { recursive: true })
  const publicDir = path.join(projectDir, 'public')
  if (existsSync(publicDir)) cpSync(publicDir, path.join(target, 'public'), { recursive: true })
  // Without an index made after this `next build`, stop here rather than ship a search that fails.
  const searchDir = path.join(projectDir, '.cache/search')
  const built = statSync(path.join(output.distDir, 'BUILD_ID')).mtimeMs
  const indexes = existsSync(searchDir) ? readdirSync(searchDir).filter((name) => name.endsWith('.idx')) : []
  const stale = indexes.filter((name) => statSync(path.join(searchDir, name)).mtimeMs < built)
  if (!indexes.length || stale.length)
    throw new Error(`no search index for this build (${stale.join(', ') || 'none in .cache/search'})`)
  cpSync(searchDir, path.join(target, '.cache/search'), { recursive: true })
  // What travellers may report on (lib/feedback/targets.ts), written by `npm run content:check`.
  const targets = path.join(projectDir, '.cache/feedback-targets.json')
  if (!existsSync(targets)) throw new Error('no .cache/feedback-targets.json: run `npm run content:check` first')
  cpSync(targets, path.join(target, '.cache/feedback-targets.json'))
  return `standalone server ready: ${path.relative(projectDir, target)}/server.js`
}
