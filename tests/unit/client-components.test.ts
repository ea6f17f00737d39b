import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './helpers'

/**
 * Content pages ship no framework JavaScript (docs/decisions/009-no-framework-javascript.md): React runs at
 * build time only, and what a traveller can press is a plain-TypeScript island (islands/). A client
 * component would be prerendered without the runtime that makes it work, so none may exist.
 */
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
}

describe('client components', () => {
  it('do not exist: interactivity is an island', () => {
    const clients = ['app', 'components', 'lib']
      .flatMap(sourceFiles)
      .filter((file) => /^\s*['"]use client['"]/m.test(readFileSync(path.join(ROOT, file), 'utf8')))
    expect(clients, 'write an island in islands/ instead').toEqual([])
  })

  it('are not imported by islands either: no island pulls in React', () => {
    const islands = sourceFiles('islands').filter((file) =>
      /from ['"](react|react-dom|next)(\/|['"])/.test(readFileSync(path.join(ROOT, file), 'utf8')),
    )
    expect(islands).toEqual([])
  })
})
