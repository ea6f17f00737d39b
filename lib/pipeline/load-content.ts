import { carrierFileSchema, carrierIdSchema, type Carrier } from '../schema/carrier'
import type { Content, Guide, Topic } from '../schema/content'
import { guideFrontmatterSchema, topicFrontmatterSchema, topicSlugSchema } from '../schema/guide'
import { latestToday } from './checks/dates'
import { checkGlossary } from './checks/glossary'
import { checkGuideSlots } from './checks/guide-slots'
import { checkMethodOrder, fieldLine } from './checks/method-order'
import { checkNeverSay } from './checks/never-say'
import { checkProvenance } from './checks/provenance'
import { checkTranslations, swapLocale } from './checks/translations'
import { cacheDirectory } from './compile-mdx'
import { ContentError, sortIssues, type ContentIssue } from './content-error'
import { checkTraditionalArticle, checkTraditionalText } from './checks/traditional-words'
import { deriveTraditional, fillTraditional, readTraditionalOverrides, traditionalTexts } from './derive-traditional'
import { parseYaml } from './frontmatter'
import { loadArticle } from './load-article'
import { readFactRegistry } from './load-facts'
import { readGlossary } from './load-glossary'
import { readNeverSay } from './load-never-say'
import { readIdentify } from './load-identify'
import { type CarrierSource, defaultContentDir, readContentSources, readPublishedTexts } from './read-files'
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

/** Everything read, valid or not, for checks that span the whole site (lib/check-site.ts) to add to. */
export interface CollectedContent {
  content: Content
  /** Articles marked draft and left out of `content` (unless drafts are included). */
  drafts: Pick<Content, 'guides' | 'topics'>
  /** Every carrier file with a valid id, even one with a mistake inside: it will be a page once fixed. */
  carrierIds: string[]
  issues: ContentIssue[]
  stats: LoadResult['stats']
}

/**
 * Read → validate → compile every article, then check what spans files (one guide per slot,
 * translations), and return typed objects. Every problem in every file is collected first; if there is
 * any error, one ContentError lists them all (with the warnings beside them).
 */
export async function loadContent(options: LoadOptions): Promise<LoadResult> {
  return settle(await collectContent(options))
}

/** The content, or one ContentError with every error (and the warnings beside them). */
export function settle({ content, issues, stats }: Pick<CollectedContent, 'content' | 'issues' | 'stats'>): LoadResult {
  const errors = sortIssues(issues.filter((issue) => issue.severity === 'error'))
  const warnings = sortIssues(issues.filter((issue) => issue.severity === 'warning'))
  if (errors.length) throw new ContentError(errors, warnings)
  return { content, warnings, stats }
}

/** Carriers, then guides, then topics, then what spans files: every problem collected, nothing thrown. */
export async function collectContent({
  root,
  contentDir,
  cacheDir = cacheDirectory(root),
  today = latestToday(),
  includeDrafts = false,
}: LoadOptions): Promise<CollectedContent> {
  const sources = await readContentSources(root, contentDir)
  const glossary = await readGlossary(root, contentDir ?? defaultContentDir(root))
  const traditional = await readTraditionalOverrides(root, contentDir ?? defaultContentDir(root))
  const facts = await readFactRegistry(root, contentDir ?? defaultContentDir(root))
  const identify = await readIdentify(root, contentDir ?? defaultContentDir(root), traditional.overrides)
  const neverSay = await readNeverSay(root, contentDir ?? defaultContentDir(root))
  const issues: ContentIssue[] = [
    ...sources.issues,
    ...glossary.issues,
    ...traditional.issues,
    ...facts.issues,
    ...identify.issues,
    ...neverSay.issues,
  ]
  const derivedTopics = deriveTraditional(sources.topics, (topic) => topic.slug, traditional.overrides)
  const glossaryIssues = (article: { file: string; locale: string; text: string; derived?: boolean }) =>
    checkGlossary(article.file, article.locale, article.text, glossary.glossary.terms).map((issue) =>
      article.derived ? { ...issue, message: `after conversion to zh-hant: ${issue.message}` } : issue,
    )
  /** Taiwan wording: no forbidden word in a zh-hant article, hand-written or converted. */
  const wordingIssues = (article: { file: string; locale: string; text: string; derived?: boolean }) =>
    article.locale === 'zh-hant' ? checkTraditionalArticle(article, traditional.forbidden, traditional.japanese) : []
  for (const article of [...sources.guides, ...sources.topics, ...derivedTopics])
    issues.push(...glossaryIssues(article), ...wordingIssues(article))
  const stats = { compiled: 0, cached: 0, drafts: 0 }

  const carriers: Carrier[] = []
  for (const source of sources.carriers) {
    const idCheck = carrierIdSchema.safeParse(source.id)
    if (!idCheck.success)
      issues.push({
        file: source.file,
        line: 1,
        column: 1,
        field: 'id',
        message: `file name: ${idCheck.error.issues[0].message}`,
        severity: 'error',
      })
    const parsed = parseYaml(source.file, source.text)
    issues.push(...parsed.issues)
    if (parsed.issues.length) continue
    const result = validate(carrierFileSchema, parsed.data, source.file, parsed.locate)
    if (!result.ok) {
      issues.push(...result.issues)
      continue
    }
    const carrier = fillTraditional({ id: source.id, ...result.value }, traditional.overrides) as Carrier
    for (const { path, text } of traditionalTexts(carrier))
      issues.push(
        ...checkTraditionalText(text, traditional.forbidden, traditional.japanese, {
          file: source.file,
          ...parsed.locate([...path, 'zh']),
          field: [...path, 'zh-hant'].join('.'),
        }),
      )
    carriers.push(carrier)
  }
  const carrierIds = sources.carriers.map((carrier) => carrier.id)
  const slots = checkGuideSlots(sources.guides, carriers, carrierIds)
  issues.push(...slots.issues)
  // A conversion's problems that its zh article already has (same file, line and field) are said once.
  const fromConversions: ContentIssue[] = []
  const report = (source: { derived?: boolean }, found: ContentIssue | ContentIssue[]) =>
    (source.derived ? fromConversions : issues).push(...[found].flat())
  const derivedGuides = deriveTraditional(
    slots.accepted,
    (guide) => `${guide.carrier}/${guide.task}`,
    traditional.overrides,
  )
  for (const article of derivedGuides) issues.push(...glossaryIssues(article), ...wordingIssues(article))

  const guides = await mapLimited([...slots.accepted, ...derivedGuides], async (source): Promise<Guide | undefined> => {
    const loaded = await loadArticle(source, guideFrontmatterSchema, cacheDir, today, facts.registry)
    report(source, loaded.issues)
    if (!loaded.article) return undefined
    stats[loaded.cached ? 'cached' : 'compiled']++
    const { frontmatter, body } = loaded.article
    const declared = frontmatter.methods.map((method) => method.kind)
    for (const block of body.methodBlocks) {
      if (!declared.includes(block.kind as never)) {
        report(source, {
          file: source.file,
          line: block.line,
          column: block.column,
          field: 'body',
          message: `<Method kind="${block.kind}"> has no matching entry in the frontmatter's methods${didYouMean(block.kind, declared)}`,
          severity: 'error',
        })
      }
    }
    return {
      ...frontmatter,
      locale: source.locale,
      ...(source.derived && { converted: true as const }),
      carrier: source.carrier,
      task: source.task,
      file: source.file,
      body,
    }
  })

  const topics = await mapLimited([...sources.topics, ...derivedTopics], async (source): Promise<Topic | undefined> => {
    const slug = topicSlugSchema.safeParse(source.slug)
    if (!slug.success)
      issues.push({
        file: source.file,
        line: 1,
        column: 1,
        field: 'slug',
        message: `file name: ${slug.error.issues[0].message}`,
        severity: 'error',
      })
    const loaded = await loadArticle(source, topicFrontmatterSchema, cacheDir, today, facts.registry)
    report(source, loaded.issues)
    if (!loaded.article) return undefined
    stats[loaded.cached ? 'cached' : 'compiled']++
    return {
      ...loaded.article.frontmatter,
      locale: source.locale,
      ...(source.derived && { converted: true as const }),
      slug: source.slug,
      file: source.file,
      body: loaded.article.body,
    }
  })

  const present = <T>(list: Array<T | undefined>) => list.filter((item): item is T => item !== undefined)
  const isDraft = (item: { draft?: boolean }) => Boolean(item.draft)
  const drafts = { guides: present(guides).filter(isDraft), topics: present(topics).filter(isDraft) }
  const published = <T extends { draft?: boolean }>(list: T[]) => list.filter((item) => includeDrafts || !item.draft)
  const content: Content = {
    carriers,
    guides: published(present(guides)),
    topics: published(present(topics)),
    identify: identify.identify,
  }
  stats.drafts = [...drafts.guides, ...drafts.topics].filter((item) => !item.converted).length

  issues.push(
    ...checkTranslations([
      ...slots.accepted.map((source) => ({
        file: source.file,
        locale: source.locale,
        key: `guide ${source.carrier}/${source.task}`,
        fileIn: swapLocale(source.file, 'guides', source.locale),
      })),
      ...derivedGuides.map((source) => ({ ...source, key: `guide ${source.carrier}/${source.task}`, fileIn: String })),
      ...sources.topics.map((source) => ({
        file: source.file,
        locale: source.locale,
        key: `topic ${source.slug}`,
        fileIn: swapLocale(source.file, 'topics', source.locale),
      })),
      ...derivedTopics.map((source) => ({ ...source, key: `topic ${source.slug}`, fileIn: String })),
    ]),
  )

  const textOf = (file: string) =>
    [...sources.guides, ...sources.topics, ...sources.carriers].find((source) => source.file === file)?.text ?? ''
  const texts = await readPublishedTexts(root, contentDir)
  issues.push(
    ...checkHosts(carriers, sources.carriers),
    ...checkMethodOrder(present(guides), textOf),
    ...checkProvenance(texts, present(guides), carriers, facts.registry),
    ...checkNeverSay(texts, neverSay.neverSay, neverSay.file),
  )

  const validIds = carrierIds.filter((id) => carrierIdSchema.safeParse(id).success)
  const position = (issue: ContentIssue) =>
    [issue.file, issue.line, issue.column, issue.field, issue.severity].join(':')
  const reported = new Set(issues.map(position))
  issues.push(...fromConversions.filter((issue) => !reported.has(position(issue))))
  return { content, drafts, carrierIds: validIds, issues, stats }
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

/** A carrier's host network is a carrier of the site (the which-SIM page lists SIMs under their network). */
function checkHosts(carriers: Carrier[], files: CarrierSource[]): ContentIssue[] {
  const ids = files.map((source) => source.id)
  return carriers.flatMap((carrier) => {
    const source = files.find((candidate) => candidate.id === carrier.id)
    if (!carrier.host || ids.includes(carrier.host) || !source) return []
    return [
      {
        file: source.file,
        line: fieldLine(source.text, 'host'),
        column: 1,
        field: 'host',
        message: `'${carrier.host}' is not a carrier of the site: name the network by its carrier id (content/carriers/<id>.yaml)${didYouMean(carrier.host, ids)}`,
        severity: 'error' as const,
      },
    ]
  })
}
