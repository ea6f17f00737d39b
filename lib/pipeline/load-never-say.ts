import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { type NeverSay, neverSaySchema } from '../schema/never-say'
import type { ContentIssue } from './content-error'
import { parseYaml } from './frontmatter'
import { validate } from './validate'

export const NEVER_SAY_FILE = 'never-say.yaml'

/** Read and validate `content/never-say.yaml`; a missing file forbids nothing, a broken one gives its issues. */
export async function readNeverSay(
  root: string,
  contentDir: string,
): Promise<{ neverSay: NeverSay; file: string; issues: ContentIssue[] }> {
  const absolute = path.join(contentDir, NEVER_SAY_FILE)
  const file = path.relative(root, absolute).split(path.sep).join('/')
  const empty = { phrases: [] }
  let text: string
  try {
    text = await readFile(absolute, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { neverSay: empty, file, issues: [] }
    throw error
  }
  const parsed = parseYaml(file, text)
  if (parsed.issues.length) return { neverSay: empty, file, issues: parsed.issues }
  const result = validate(neverSaySchema, parsed.data, file, parsed.locate)
  return result.ok ? { neverSay: result.value, file, issues: [] } : { neverSay: empty, file, issues: result.issues }
}
