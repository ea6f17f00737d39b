import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { fieldReference, spliceReference } from '../../lib/authoring/field-reference'
import { compileMdx } from '../../lib/pipeline/compile-mdx'
import { parseFrontmatter } from '../../lib/pipeline/frontmatter'
import { validate } from '../../lib/pipeline/validate'
import { CARRIER_KINDS } from '../../lib/schema/carrier'
import { guideFrontmatterSchema } from '../../lib/schema/guide'
import { METHODS } from '../../lib/schema/method'
import { freshCacheDir, ROOT } from './helpers'

const document = readFileSync(path.join(ROOT, 'docs/editing.md'), 'utf8')

describe('docs/editing.md', () => {
  it('has the field reference the schemas generate today (run `npm run docs:reference` after changing lib/schema)', () => {
    expect(document).toBe(spliceReference(document))
  })

  it('documents every method kind and every carrier kind', () => {
    const reference = fieldReference()
    for (const kind of METHODS) expect(reference).toContain(`#### \`kind: ${kind}\``)
    for (const kind of CARRIER_KINDS) expect(reference).toContain(`\`${kind}\``)
  })

  it('shows a worked example that passes the check as written', async () => {
    // The example in the guide is checked like any article, so it cannot teach something the check rejects.
    const example = /<!-- worked example -->\n```mdx\n([\s\S]*?)\n```/.exec(document)?.[1]
    expect(example).toBeDefined()
    const parsed = parseFrontmatter('example.mdx', `${example}\n`)
    expect(parsed.issues).toEqual([])
    expect(validate(guideFrontmatterSchema, parsed.data, 'example.mdx', parsed.locate)).toMatchObject({ ok: true })
    expect(await compileMdx(parsed.body, freshCacheDir())).toMatchObject({ ok: true })
  })
})
