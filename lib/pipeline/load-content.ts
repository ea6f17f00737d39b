import { sitePages } from '../page-inventory'
import { routes } from '../routes'
import { carrierFileSchema, carrierIdSchema, type Carrier } from '../schema/carrier'
import type { Content, Guide, Topic } from '../schema/content'
import { guideFrontmatterSchema, topicFrontmatterSchema, topicSlugSchema } from '../schema/guide'
import { latestToday } from './checks/dates'
import { checkGlossary } from './checks/glossary'
import { checkGuideSlots } from './checks/guide-slots'
import { checkLinks, type ArticleLinks } from './checks/links'
import { checkTranslations, swapLocale } from './checks/translations'
import { cacheDirectory } from './compile-mdx'
import { ContentError, sortIssues, type ContentIssue } from './content-error'
import { parseYaml } from './frontmatter'
import { loadArticle } from './load-article'
import { readGlossary } from './load-glossary'
import { defaultContentDir, readContentSources } from './read-files'
import { didYouMean } from './suggest'
import { validate } from './validate'

export interface LoadOptions {
  /** The project root: file names in messages are relative to it. */
  root: string
  /** Defaults to `<root>/content`. */
  contentDir?: string
  cacheDir?: string
  /** YYYY-MM-DD; dates after it are "in the future". Defaults to the latest date anywhere on Earth. */
  today?: string
  /** Drafts are always checked; they are part of the content only when this is true (in `next dev`). */
  includeDrafts?: boolean
}

export interface LoadResult {
  content: Content
  warnings: ContentIssue[]
  stats: { compiled: number; cached: number; drafts: number }
}

/**
 * Read → validate → compile every article, then check what spans files (one guide per slot, links,
 * translations), and return typed objects. Every problem in every file is collected first; if there is
 * any error, one ContentError lists them all (with the warnings beside them).
 */
export async function loadContent({ root, contentDir, cacheDir = cacheDirectory(root), today = latestToday(), includeDrafts = false }: LoadOptions): Promise<LoadResult> {
  const sources = await readContentSources(root, contentDir)
  const glossary = await readGlossary(root, contentDir ?? defaultContentDir(root))
  const issues: ContentIssue[] = [...sources.issues, ...glossary.issues]
  for (const article of [...sources.guides, ...sources.topics]) issues.push(...checkGlossary(article.file, article.locale, article.text, glossary.glossary.terms))
  const stats = { compiled: 0, cached: 0, drafts: 0 }

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
  const slots = checkGuideSlots(sources.guides, carriers, carrierIds)
  issues.push(...slots.issues)

  const drafts = new Map<string, string>()
  const articleLinks: ArticleLinks[] = []
  const guides = await mapLimited(slots.accepted, async (source): Promise<Guide | undefined> => {
    const loaded = await loadArticle(source, guideFrontmatterSchema, cacheDir, today)
    issues.push(...loaded.issues)
    if (!loaded.article) return undefined
    stats[loaded.cached ? 'cached' : 'compiled']++
    const { frontmatter, body, draft } = loaded.article
    const declared = frontmatter.methods.map((method) => method.kind)
    for (const block of body.methodBlocks) {
      if (!declared.includes(block.kind as never)) {
        issues.push({ file: source.file, line: block.line, column: block.column, field: 'body', message: `<Method kind="${block.kind}"> has no matching entry in the frontmatter's methods${didYouMean(block.kind, declared)}`, severity: 'error' })
      }
    }
    const page = routes.guide(source.locale, source.carrier, source.task)
    articleLinks.push({ file: source.file, page, links: body.links })
    if (draft) drafts.set(page, source.file)
    return { ...frontmatter, locale: source.locale, carrier: source.carrier, task: source.task, file: source.file, body }
  })

  const topics = await mapLimited(sources.topics, async (source): Promise<Topic | undefined> => {
    const slug = topicSlugSchema.safeParse(source.slug)
    if (!slug.success) issues.push({ file: source.file, line: 1, column: 1, field: 'slug', message: `file name: ${slug.error.issues[0].message}`, severity: 'error' })
    const loaded = await loadArticle(source, topicFrontmatterSchema, cacheDir, today)
    issues.push(...loaded.issues)
    if (!loaded.article) return undefined
    stats[loaded.cached ? 'cached' : 'compiled']++
    const page = routes.topic(source.locale, source.slug)
    articleLinks.push({ file: source.file, page, links: loaded.article.body.links })
    if (loaded.article.draft) drafts.set(page, source.file)
    return { ...loaded.article.frontmatter, locale: source.locale, slug: source.slug, file: source.file, body: loaded.article.body }
  })

  const published = <T extends { draft?: boolean }>(list: Array<T | undefined>) => list.filter((item): item is T => item !== undefined && (includeDrafts || !item.draft))
  const content: Content = { carriers, guides: published(guides), topics: published(topics) }
  stats.drafts = drafts.size

  // Pages are what the published site will have: every carrier file with a valid id (even one with a
  // mistake inside, so a link to it is not reported twice), and every published guide and topic.
  const pages = sitePages({
    carriers: carrierIds.filter((id) => carrierIdSchema.safeParse(id).success),
    guides: guides.filter((guide) => guide && !guide.draft).map((guide) => ({ ...guide!, methods: guide!.methods.map((method) => method.kind) })),
    topics: topics.filter((topic) => topic && !topic.draft).map((topic) => topic!),
  })
  issues.push(...checkLinks(articleLinks, pages, drafts))
  issues.push(
    ...checkTranslations([
      ...slots.accepted.map((source) => ({ file: source.file, locale: source.locale, key: `guide ${source.carrier}/${source.task}`, fileIn: swapLocale(source.file, 'guides', source.locale) })),
      ...sources.topics.map((source) => ({ file: source.file, locale: source.locale, key: `topic ${source.slug}`, fileIn: swapLocale(source.file, 'topics', source.locale) })),
    ]),
  )

  const errors = sortIssues(issues.filter((issue) => issue.severity === 'error'))
  const warnings = sortIssues(issues.filter((issue) => issue.severity === 'warning'))
  if (errors.length) throw new ContentError(errors, warnings)
  return { content, warnings, stats }
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
