import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { factFileSchema, type FactRegistry } from '../schema/fact'
import type { ContentIssue } from './content-error'
import { parseYaml } from './frontmatter'
import { validate } from './validate'

export const FACTS_DIR = 'sources'
const LISTS = ['facts', 'falseClaims', 'unverified', 'prices'] as const

export const emptyRegistry = (): FactRegistry => ({ facts: [], falseClaims: [], unverified: [], prices: [] })

/**
 * Read and validate the registry of checked facts, `content/sources/*.yaml`: each file against the schema,
 * each id starting with its file's name and used once in the whole registry. A folder without it is an
 * empty registry (test fixtures); a broken file gives its issues and adds none of its entries.
 */
export async function readFactRegistry(
  root: string,
  contentDir: string,
): Promise<{ registry: FactRegistry; issues: ContentIssue[] }> {
  const dir = path.join(contentDir, FACTS_DIR)
  const registry = emptyRegistry()
  const issues: ContentIssue[] = []
  let names: string[]
  try {
    names = (await readdir(dir)).filter((name) => !name.startsWith('.')).sort()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { registry, issues }
    throw error
  }
  const where = new Map<string, string>()
  for (const name of names) {
    const file = path.relative(root, path.join(dir, name)).split(path.sep).join('/')
    if (!name.endsWith('.yaml')) {
      issues.push({ file, line: 1, column: 1, field: '', message: 'registry files end in .yaml', severity: 'error' })
      continue
    }
    const stem = name.slice(0, -'.yaml'.length)
    const parsed = parseYaml(file, await readFile(path.join(dir, name), 'utf8'))
    issues.push(...parsed.issues)
    if (parsed.issues.length) continue
    const result = validate(factFileSchema, parsed.data, file, parsed.locate)
    if (!result.ok) {
      issues.push(...result.issues)
      continue
    }
    for (const list of LISTS) {
      for (const [index, entry] of result.value[list].entries()) {
        const problem = (message: string) =>
          issues.push({
            file,
            ...parsed.locate([list, index, 'id']),
            field: `${list}[${index}].id`,
            message,
            severity: 'error',
          })
        if (!entry.id.startsWith(`${stem}.`)) {
          problem(`'${entry.id}' must start with the file's name: ${stem}.…`)
          continue
        }
        const earlier = where.get(entry.id)
        if (earlier) {
          problem(`'${entry.id}' is already the id of an entry in ${earlier}; ids are used once`)
          continue
        }
        where.set(entry.id, file)
        ;(registry[list] as Array<typeof entry & { file: string }>).push({ ...entry, file })
      }
    }
  }
  return { registry, issues }
}
