import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { getGuide } from '../guides'
import type { Locale } from '../i18n/locales'
import type { Guide } from '../schema/content'

/**
 * What a traveller may report on: each guide's methods, keyed `locale/carrier/task`. The production server
 * ships no content (tests/e2e/standalone.spec.ts), so `npm run content:check` writes this small list beside
 * the content snapshot and scripts/prepare-standalone.mjs copies it next to the server.
 */
export type FeedbackTargets = Record<string, string[]>

const key = (locale: string, carrier: string, task: string) => `${locale}/${carrier}/${task}`
export const targetsFile = (root: string) => path.join(root, '.cache', 'feedback-targets.json')

export function targetsFromGuides(guides: Guide[]): FeedbackTargets {
  return Object.fromEntries(
    guides.map((guide) => [key(guide.locale, guide.carrier, guide.task), guide.methods.map((section) => section.kind)]),
  )
}

export async function writeTargets(root: string, guides: Guide[]): Promise<void> {
  const file = targetsFile(root)
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(`${file}.tmp`, JSON.stringify(targetsFromGuides(guides)))
  await rename(`${file}.tmp`, file)
}

let targets: Promise<FeedbackTargets> | undefined

/** Read once per process; a missing file is an error that says which command writes it. */
function readTargets(root: string): Promise<FeedbackTargets> {
  targets ??= readFile(targetsFile(root), 'utf8').then(
    (text) => JSON.parse(text) as FeedbackTargets,
    () => {
      targets = undefined // retried on the next request, not remembered
      throw new Error(
        `no list of feedback targets at ${targetsFile(root)}: \`npm run build\` (\`npm run content:check\`) writes it`,
      )
    },
  )
  return targets
}

/** Whether a guide with this method exists. In `next dev` the content itself answers, drafts and edits included. */
export async function isFeedbackTarget(ref: {
  locale: Locale
  carrier: string
  task: string
  method: string
}): Promise<boolean> {
  if (process.env.NODE_ENV === 'development') {
    const guide = await getGuide(ref.locale, ref.carrier, ref.task)
    return guide?.methods.some((section) => section.kind === ref.method) ?? false
  }
  return (await readTargets(process.cwd()))[key(ref.locale, ref.carrier, ref.task)]?.includes(ref.method) ?? false
}
