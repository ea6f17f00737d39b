import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { glossarySchema, type Glossary } from '../schema/glossary'
import type { ContentIssue } from './content-error'
import { parseYaml } from './frontmatter'
import { validate } from './validate'

export const GLOSSARY_FILE = 'glossary.yaml'

/** Read and validate `content/glossary.yaml`; a missing file is an empty glossary, a broken one gives its issues. */
export async function readGlossary(
  root: string,
  contentDir: string,
): Promise<{ glossary: Glossary; issues: ContentIssue[] }> {
  const absolute = path.join(contentDir, GLOSSARY_FILE)
  const file = path.relative(root, absolute).split(path.sep).join('/')
  let text: string
  try {
    text = await readFile(absolute, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { glossary: { terms: [] }, issues: [] }
    throw error
  }
  const parsed = parseYaml(file, text)
  if (parsed.issues.length) return { glossary: { terms: [] }, issues: parsed.issues }
  const result = validate(glossarySchema, parsed.data, file, parsed.locate)
  return result.ok ? { glossary: result.value, issues: [] } : { glossary: { terms: [] }, issues: result.issues }
}
