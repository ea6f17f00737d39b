import type { Carrier } from '../../schema/carrier'
import type { ContentIssue } from '../content-error'
import type { GuideSource } from '../read-files'
import { didYouMean } from '../suggest'

/**
 * One guide per carrier × task × locale. A folder or file name that differs from the real one only in
 * letter case, or that uses one of the carrier's aliases, names the same guide: on macOS and Windows
 * `Smart/top-up.mdx` and `smart/top-up.mdx` are even the same file. Each such file gets one message
 * saying which file it collides with or where it belongs; unknown carriers get a "did you mean".
 */
export function checkGuideSlots(
  guides: GuideSource[],
  carriers: Array<Pick<Carrier, 'id' | 'aliases'>>,
  knownIds: string[],
) {
  const issues: ContentIssue[] = []
  const accepted: GuideSource[] = []
  const canonicalFile = new Map<string, string>()
  const resolved = guides.map((source) => ({ source, ...resolveCarrier(source.carrier, carriers, knownIds) }))
  for (const { source, id, exact } of resolved) {
    if (id && exact && !source.taskAsWritten) canonicalFile.set(`${source.locale}/${id}/${source.task}`, source.file)
  }
  for (const { source, id, exact, alias } of resolved) {
    const error = (field: string, message: string) =>
      issues.push({ file: source.file, line: 1, column: 1, field, message, severity: 'error' })
    if (!id) {
      error(
        'carrier',
        `unknown carrier '${source.carrier}' in the path (no content/carriers/${source.carrier}.yaml)${didYouMean(source.carrier, knownIds)}`,
      )
      accepted.push(source)
      continue
    }
    if (exact && !source.taskAsWritten) {
      accepted.push(source)
      continue
    }
    const right = rightFile(source, id)
    const existing = canonicalFile.get(`${source.locale}/${id}/${source.task}`)
    const field = !exact ? 'carrier' : 'task'
    const why = alias
      ? `'${source.carrier}' is another name for the carrier '${id}'`
      : 'folder and file names are lowercase'
    if (existing) {
      error(
        field,
        `duplicate of ${existing}: both are the ${id} × ${source.task} × ${source.locale} guide (${alias ? why : 'the paths differ only in letter case, the same file on macOS and Windows'}); keep one`,
      )
    } else {
      error(field, `${why}; move this file to ${right}`)
      canonicalFile.set(`${source.locale}/${id}/${source.task}`, source.file)
      accepted.push({ ...source, carrier: id }) // still checked, so its other mistakes show up in the same run
    }
  }
  return { accepted, issues }
}

function resolveCarrier(written: string, carriers: Array<Pick<Carrier, 'id' | 'aliases'>>, knownIds: string[]) {
  if (knownIds.includes(written)) return { id: written, exact: true, alias: false }
  const byCase = knownIds.find((id) => id === written.toLowerCase())
  if (byCase) return { id: byCase, exact: false, alias: false }
  const slug = slugify(written)
  const byAlias = carriers.find((carrier) => carrier.aliases.some((alias) => slugify(alias) === slug))
  return byAlias ? { id: byAlias.id, exact: false, alias: true } : { id: undefined, exact: false, alias: false }
}

/** Where the file belongs: same folder prefix, canonical carrier folder and task file name. */
function rightFile(source: GuideSource, id: string): string {
  const tail = `${source.locale}/${source.carrier}/${source.taskAsWritten ?? source.task}.mdx`
  return `${source.file.slice(0, source.file.length - tail.length)}${source.locale}/${id}/${source.task}.mdx`
}

/** "Talk 'N Text" → "talk-n-text": how an alias would look as a folder name. */
function slugify(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
}
