/**
 * `npm run new:carrier`: add a carrier to the registry (content/carriers/<id>.yaml). Every value is
 * checked against the schema before anything is written. Asks for what is missing in a terminal.
 *
 *   npm run new:carrier -- --id povo --name-zh povo --name-en povo --country JP --kind sub-brand --website https://povo.jp/
 */
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { carrierSkeleton } from '../lib/authoring/skeleton'
import { didYouMean } from '../lib/pipeline/suggest'
import { CARRIER_KINDS, carrierFileSchema, carrierIdSchema } from '../lib/schema/carrier'
import { run, valueFor } from './cli'

const USAGE = `Usage: npm run new:carrier -- --id <id> --name-zh <name> --name-en <name> --country <JP|PH|…|global> --kind <${CARRIER_KINDS.join('|')}> --website <https://…> [--content <dir>]`

/** The schema's own message for one field, so the command and the content check agree. */
const fieldCheck = (field: 'country' | 'website') => (value: string) => {
  const result = carrierFileSchema.shape[field].safeParse(value)
  return result.success ? undefined : result.error.issues[0].message
}
const nonEmpty = (value: string) => (value ? undefined : 'must not be empty')

run(USAGE, async () => {
  const options = { id: {}, 'name-zh': {}, 'name-en': {}, country: {}, kind: {}, website: {}, content: {} } as const
  const { values } = parseArgs({
    options: Object.fromEntries(Object.keys(options).map((key) => [key, { type: 'string' as const }])),
  })
  const contentDir = path.resolve(values.content ?? 'content')

  const id = await valueFor(
    'id',
    values.id,
    'Id, used in URLs (lowercase letters, digits, dashes; e.g. b-mobile)',
    (value) => {
      const result = carrierIdSchema.safeParse(value)
      if (!result.success) return result.error.issues[0].message
      return existsSync(path.join(contentDir, 'carriers', `${value}.yaml`))
        ? `the carrier '${value}' already exists`
        : undefined
    },
  )
  const zh = await valueFor('name-zh', values['name-zh'], 'Name in Chinese', nonEmpty)
  const en = await valueFor('name-en', values['name-en'], 'Name in English', nonEmpty)
  const country = await valueFor(
    'country',
    values.country,
    'Country: two-letter code such as JP or PH, or global',
    fieldCheck('country'),
  )
  const kind = await valueFor('kind', values.kind, `Kind (${CARRIER_KINDS.join(', ')})`, (value) =>
    (CARRIER_KINDS as readonly string[]).includes(value)
      ? undefined
      : `unknown kind${didYouMean(value, CARRIER_KINDS)}`,
  )
  const website = await valueFor('website', values.website, 'Official website (https://…)', fieldCheck('website'))

  const carrier = carrierFileSchema.parse({ name: { zh, en }, country, kind, website })
  const target = path.join(contentDir, 'carriers', `${id}.yaml`)
  await mkdir(path.dirname(target), { recursive: true })
  await writeFile(target, carrierSkeleton(carrier))
  console.log(
    `Wrote ${path.relative(process.cwd(), target)}.\nAdd aliases, apps and hotlines from official sources, then add guides with: npm run new:guide -- --carrier ${id}`,
  )
})
