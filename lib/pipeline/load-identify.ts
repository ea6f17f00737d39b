import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { EMPTY_IDENTIFY, type Identify, identifyFileSchema } from '../schema/identify'
import type { ContentIssue } from './content-error'
import type { TermOverrides } from '../i18n/traditional'
import { fillTraditional } from './derive-traditional'
import { parseYaml } from './frontmatter'
import { validate } from './validate'

export const IDENTIFY_FILE = 'identify.yaml'

/**
 * Read and validate `content/identify.yaml` (what tells a traveller which company manages a SIM); every
 * note gets its zh-hant form. A missing file is no facts; a broken one gives its issues.
 */
export async function readIdentify(
  root: string,
  contentDir: string,
  overrides: TermOverrides,
): Promise<{ identify: Identify; issues: ContentIssue[] }> {
  const absolute = path.join(contentDir, IDENTIFY_FILE)
  const file = path.relative(root, absolute).split(path.sep).join('/')
  let text: string
  try {
    text = await readFile(absolute, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { identify: EMPTY_IDENTIFY, issues: [] }
    throw error
  }
  const parsed = parseYaml(file, text)
  if (parsed.issues.length) return { identify: EMPTY_IDENTIFY, issues: parsed.issues }
  const result = validate(identifyFileSchema, parsed.data, file, parsed.locate)
  return result.ok
    ? { identify: fillTraditional(result.value, overrides) as Identify, issues: [] }
    : { identify: EMPTY_IDENTIFY, issues: result.issues }
}
