import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './helpers'

const sources = ['app', 'components']
  .flatMap((dir) =>
    readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true }).map((entry) => ({ dir, entry })),
  )
  .filter(({ entry }) => entry.isFile() && /\.tsx?$/.test(entry.name))
  .map(({ entry }) => path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))

describe('what pages may cost a traveller', () => {
  it('no web fonts: pages use the system fonts', () => {
    const css = readFileSync(path.join(ROOT, 'app/globals.css'), 'utf8')
    expect(css).not.toMatch(/@font-face|@import/)
    const layouts = sources.filter((file) => /next\/font/.test(readFileSync(path.join(ROOT, file), 'utf8')))
    expect(layouts).toEqual([])
  })
})
