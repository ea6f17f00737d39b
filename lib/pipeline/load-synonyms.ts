import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { searchSynonymsSchema, type SearchSynonyms } from '../schema/synonyms'
import { ContentError } from './content-error'
import { parseYaml } from './frontmatter'
import { readGlossary } from './load-glossary'
import { defaultContentDir } from './read-files'
import { validate } from './validate'

/** The search vocabulary lives beside the articles; the content loader skips top-level files in content/. */
export const SYNONYMS_FILE = 'search-synonyms.yaml'

/**
 * Read and validate `content/search-synonyms.yaml`. A missing file means no synonyms (search still works);
 * a broken one throws a ContentError naming every problem with its line, like a broken article.
 */
export async function loadSynonyms({
  root,
  contentDir = defaultContentDir(root),
}: {
  root: string
  contentDir?: string
}): Promise<SearchSynonyms> {
  const absolute = path.join(contentDir, SYNONYMS_FILE)
  const file = path.relative(root, absolute).split(path.sep).join('/')
  let text: string
  try {
    text = await readFile(absolute, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { stopwords: [], groups: [] }
    throw error
  }
  const parsed = parseYaml(file, text)
  if (parsed.issues.length) throw new ContentError(parsed.issues)
  const result = validate(searchSynonymsSchema, parsed.data, file, parsed.locate)
  if (!result.ok) throw new ContentError(result.issues)
  return { ...result.value, groups: [...result.value.groups, ...(await glossaryGroups(root, contentDir))] }
}

/** A glossary's preferred term and the words it replaces mean the same thing to a traveller who types them. */
async function glossaryGroups(root: string, contentDir: string): Promise<SearchSynonyms['groups']> {
  const { glossary, issues } = await readGlossary(root, contentDir)
  if (issues.length) throw new ContentError(issues)
  return glossary.terms.map((term) => ({ terms: [term.preferred, ...term.avoid] }))
}
