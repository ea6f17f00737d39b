/**
 * `npm run docs:reference`: rewrite the field reference in docs/editing.md from the zod schemas.
 * tests/unit/editing-docs.test.ts fails while the file is out of date.
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { spliceReference } from '../lib/authoring/field-reference'

async function main() {
  const file = path.join(process.cwd(), 'docs/editing.md')
  const before = await readFile(file, 'utf8')
  const after = spliceReference(before)
  if (after === before) return console.log('docs/editing.md is up to date')
  await writeFile(file, after)
  console.log('docs/editing.md: field reference regenerated')
}

void main()
