import { carrierFileSchema, carrierIdSchema, type Carrier } from '../schema/carrier'
import type { CompiledBody, Content, Guide, Topic } from '../schema/content'
import { guideFrontmatterSchema, topicFrontmatterSchema } from '../schema/guide'
import { cacheDirectory, compileMdx } from './compile-mdx'
import { ContentError, type ContentIssue } from './content-error'
import { parseFrontmatter, parseYaml } from './frontmatter'
import { readContentSources, type SourceFile } from './read-files'
import { didYouMean } from './suggest'
import { validate } from './validate'

export interface LoadOptions {
  /** The project root: file names in messages are relative to it. */
  root: string
  /** Defaults to `<root>/content`. */
  contentDir?: string
  cacheDir?: string
}

export interface LoadResult {
  content: Content
  warnings: ContentIssue[]
  stats: { compiled: number; cached: number }
}

/**
 * Read → validate → compile every article, and return typed objects. Every problem in every file is
 * collected first; if there is any error, one ContentError lists them all.
 */
export async function loadContent({ root, contentDir, cacheDir = cacheDirectory(root) }: LoadOptions): Promise<LoadResult> {
  const sources = await readContentSources(root, contentDir)
  const issues: ContentIssue[] = [...sources.issues]
  const stats = { compiled: 0, cached: 0 }

  const carriers: Carrier[] = []
  for (const source of sources.carriers) {
    const idCheck = carrierIdSchema.safeParse(source.id)
    if (!idCheck.success) issues.push({ file: source.file, line: 1, column: 1, field: 'id', message: `file name: ${idCheck.error.issues[0].message}`, severity: 'error' })
    const parsed = parseYaml(source.file, source.text)
    issues.push(...parsed.issues)
    if (parsed.issues.length) continue
    const result = validate(carrierFileSchema, parsed.data, source.file, parsed.locate)
    if (result.ok) carriers.push({ id: source.id, ...result.value })
    else issues.push(...result.issues)
  }
  const carrierIds = sources.carriers.map((carrier) => carrier.id)

  const compileBody = async (source: SourceFile, body: string): Promise<CompiledBody | undefined> => {
    const result = await compileMdx(body, cacheDir)
    if (!result.ok) {
      issues.push(...result.violations.map((violation) => ({ file: source.file, line: violation.line, column: violation.column, field: 'body', message: violation.message, severity: 'error' as const })))
      return undefined
    }
    stats[result.cached ? 'cached' : 'compiled']++
    return result.body
  }

  const guides = await mapLimited(sources.guides, async (source): Promise<Guide | undefined> => {
    if (!carrierIds.includes(source.carrier)) {
      issues.push({ file: source.file, line: 1, column: 1, field: 'carrier', message: `unknown carrier '${source.carrier}' in the path (no content/carriers/${source.carrier}.yaml)${didYouMean(source.carrier, carrierIds)}`, severity: 'error' })
    }
    const parsed = parseFrontmatter(source.file, source.text)
    issues.push(...parsed.issues)
    const frontmatter = parsed.issues.length ? undefined : validate(guideFrontmatterSchema, parsed.data, source.file, parsed.locate)
    if (frontmatter && !frontmatter.ok) issues.push(...frontmatter.issues)
    const body = await compileBody(source, parsed.body)
    if (!frontmatter?.ok || !body) return undefined
    const declared = frontmatter.value.methods.map((method) => method.kind)
    for (const block of body.methodBlocks) {
      if (!declared.includes(block.kind as never)) {
        issues.push({ file: source.file, line: block.line, column: block.column, field: 'body', message: `<Method kind="${block.kind}"> has no matching entry in the frontmatter's methods${didYouMean(block.kind, declared)}`, severity: 'error' })
      }
    }
    return { ...frontmatter.value, locale: source.locale, carrier: source.carrier, task: source.task, file: source.file, body }
  })

  const topics = await mapLimited(sources.topics, async (source): Promise<Topic | undefined> => {
    const parsed = parseFrontmatter(source.file, source.text)
    issues.push(...parsed.issues)
    const frontmatter = parsed.issues.length ? undefined : validate(topicFrontmatterSchema, parsed.data, source.file, parsed.locate)
    if (frontmatter && !frontmatter.ok) issues.push(...frontmatter.issues)
    const body = await compileBody(source, parsed.body)
    if (!frontmatter?.ok || !body) return undefined
    return { ...frontmatter.value, locale: source.locale, slug: source.slug, file: source.file, body }
  })

  const errors = issues.filter((issue) => issue.severity === 'error')
  if (errors.length) throw new ContentError(sortIssues(errors))
  const content: Content = { carriers, guides: guides.filter(isDefined), topics: topics.filter(isDefined) }
  return { content, warnings: sortIssues(issues.filter((issue) => issue.severity === 'warning')), stats }
}

function sortIssues(issues: ContentIssue[]) {
  return issues.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined
}

/** Map with at most `limit` calls in flight: compiling is CPU-bound, so more only adds memory. */
async function mapLimited<T, R>(items: T[], map: (item: T) => Promise<R>, limit = 4): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await map(items[index])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
