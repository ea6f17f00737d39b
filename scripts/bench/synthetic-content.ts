import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse, stringify } from 'yaml'

/**
 * Writes a content folder with `count` guides for the build benchmark: the real content (carriers, guides,
 * topics: the topics link to real guides), topped up with made-up carriers (`bench-<n>`, copies of real registry entries) whose guides are copies of real guides
 * with the carrier's name changed and one numbered sentence added, so every body is different and must be
 * compiled on its own. Deterministic: the same count always writes the same files.
 */
export function writeSyntheticContent(root: string, target: string, count: number): { guides: number } {
  const source = path.join(root, 'content')
  mkdirSync(target, { recursive: true })
  cpSync(path.join(source, 'carriers'), path.join(target, 'carriers'), { recursive: true })
  cpSync(path.join(source, 'topics'), path.join(target, 'topics'), { recursive: true })
  cpSync(path.join(source, 'guides'), path.join(target, 'guides'), { recursive: true })
  cpSync(path.join(source, 'search-synonyms.yaml'), path.join(target, 'search-synonyms.yaml'))
  const templates = listGuides(path.join(source, 'guides'))
  const carriers = [...new Set(templates.map((guide) => guide.carrier))]
  let written = templates.length
  for (let n = 0; written < count; n++) {
    const template = carriers[n % carriers.length]
    const id = `bench-${n}`
    const registry = parse(readFileSync(path.join(source, 'carriers', `${template}.yaml`), 'utf8')) as Record<
      string,
      unknown
    >
    const entry = { ...registry, name: { zh: `样例 ${n}`, en: `Sample ${n}` }, aliases: [`sample ${n}`] }
    writeFileSync(path.join(target, 'carriers', `${id}.yaml`), stringify(entry))
    for (const guide of templates.filter((candidate) => candidate.carrier === template)) {
      if (written >= count) break
      const folder = path.join(target, 'guides', guide.locale, id)
      mkdirSync(folder, { recursive: true })
      const text = readFileSync(guide.file, 'utf8')
      writeFileSync(
        path.join(folder, `${guide.task}.mdx`),
        `${text.trimEnd()}\n\nBenchmark copy ${n} of ${template} (${guide.locale}).\n`,
      )
      written++
    }
  }
  return { guides: written }
}

function listGuides(dir: string) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => {
      const [locale, carrier] = path.relative(dir, entry.parentPath).split(path.sep)
      return { file: path.join(entry.parentPath, entry.name), locale, carrier, task: entry.name.replace(/\.mdx$/, '') }
    })
    .sort((a, b) => a.file.localeCompare(b.file))
}
