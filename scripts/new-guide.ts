/**
 * `npm run new:guide`: write a new guide's skeleton, a draft with every required field and one section
 * per method. Asks for what is missing when run in a terminal.
 *
 *   npm run new:guide -- --carrier smart --task top-up --locale zh --methods website,store,ussd
 */
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { guideSkeleton } from '../lib/authoring/skeleton'
import { isLocale, LOCALES, type Locale } from '../lib/i18n/locales'
import { localToday } from '../lib/pipeline/checks/dates'
import { formatIssue } from '../lib/pipeline/content-error'
import { parseYaml } from '../lib/pipeline/frontmatter'
import { didYouMean } from '../lib/pipeline/suggest'
import { validate } from '../lib/pipeline/validate'
import { carrierFileSchema } from '../lib/schema/carrier'
import { isMethodKind, METHODS, type MethodKind } from '../lib/schema/method'
import { isTask, TASKS, type Task } from '../lib/schema/task'
import { run, valueFor } from './cli'

const USAGE = `Usage: npm run new:guide -- --carrier <id> --task <${TASKS.join('|')}> --locale <${LOCALES.join('|')}> --methods <kind,kind,…> [--content <dir>]
Methods, fastest first: ${METHODS.join(', ')}.`

const methodList = (value: string) => value.split(/[\s,]+/).filter(Boolean)

run(USAGE, async () => {
  const { values } = parseArgs({
    options: {
      carrier: { type: 'string' },
      task: { type: 'string' },
      locale: { type: 'string' },
      methods: { type: 'string' },
      content: { type: 'string' },
    },
  })
  const contentDir = path.resolve(values.content ?? 'content')
  const carrierIds = await listCarriers(contentDir)

  const carrierId = await valueFor('carrier', values.carrier, `Carrier (${carrierIds.join(', ')})`, (id) =>
    carrierIds.includes(id)
      ? undefined
      : `unknown carrier '${id}'${didYouMean(id, carrierIds)} (add one with npm run new:carrier)`,
  )
  const task = (await valueFor('task', values.task, `Task (${TASKS.join(', ')})`, (value) =>
    isTask(value) ? undefined : `unknown task${didYouMean(value, TASKS)}`,
  )) as Task
  const locale = (await valueFor('locale', values.locale, `Language (${LOCALES.join(', ')})`, (value) =>
    isLocale(value) ? undefined : `unknown locale${didYouMean(value, LOCALES)}`,
  )) as Locale
  const methods = methodList(
    await valueFor(
      'methods',
      values.methods,
      `Methods, fastest first, separated by commas (${METHODS.join(', ')})`,
      (value) => {
        const list = methodList(value)
        const unknown = list.find((kind) => !isMethodKind(kind))
        if (!list.length) return 'name at least one method'
        if (unknown) return `unknown method '${unknown}'${didYouMean(unknown, METHODS)}`
        return new Set(list).size === list.length ? undefined : 'each method once'
      },
    ),
  ) as MethodKind[]

  const target = path.join(contentDir, 'guides', locale, carrierId, `${task}.mdx`)
  const shown = path.relative(process.cwd(), target)
  if (existsSync(target)) throw new Error(`${shown} already exists; edit it instead`)
  const carrier = await readCarrier(contentDir, carrierId)
  await mkdir(path.dirname(target), { recursive: true })
  await writeFile(target, guideSkeleton({ carrier, task, locale, methods, today: localToday() }))
  console.log(
    `Wrote ${shown}, a draft.\nFill in every TODO and 0000, delete the line 'draft: true', then run: npm run content:check`,
  )
})

async function listCarriers(contentDir: string): Promise<string[]> {
  const files = await readdir(path.join(contentDir, 'carriers')).catch(() => [] as string[])
  return files
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => file.slice(0, -'.yaml'.length))
    .sort()
}

async function readCarrier(contentDir: string, id: string) {
  const file = path.join(contentDir, 'carriers', `${id}.yaml`)
  const parsed = parseYaml(path.relative(process.cwd(), file), await readFile(file, 'utf8'))
  const result = parsed.issues.length
    ? { ok: false as const, issues: parsed.issues }
    : validate(carrierFileSchema, parsed.data, file, parsed.locate)
  if (!result.ok)
    throw new Error(
      `fix the carrier file first:\n${result.issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`,
    )
  return { id, ...result.value }
}
