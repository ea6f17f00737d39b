import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { renderCoverage } from './coverage'
import { LOCALES } from './i18n/locales'
import { type ArticleLinks, checkLinks, type LinkTargets } from './link-check'
import { pageList } from './page-list'
import type { ContentIssue } from './pipeline/content-error'
import {
  type CollectedContent,
  collectContent,
  type LoadOptions,
  type LoadResult,
  settle,
} from './pipeline/load-content'
import { defaultContentDir } from './pipeline/read-files'
import { routes } from './routes'
import type { Guide, Topic } from './schema/content'

/**
 * What `npm run content:check` (the first step of `npm run build`) runs: the pipeline's checks of the
 * content itself, then the checks that need the page list (every link reaches a page, and an anchor that
 * page has). All problems are collected first and reported together, in one ContentError.
 */
export async function checkSite(options: Omit<LoadOptions, 'includeDrafts'>): Promise<LoadResult> {
  const collected = await collectContent({ ...options, includeDrafts: false })
  const coverage = await coverageIssues(options.root, options.contentDir ?? defaultContentDir(options.root), collected)
  return settle({ ...collected, issues: [...collected.issues, ...pageListIssues(collected), ...coverage] })
}

/** COVERAGE.md, where the content folder has one, is the matrix derived from the content (lib/coverage.ts). */
async function coverageIssues(
  root: string,
  contentDir: string,
  { content }: CollectedContent,
): Promise<ContentIssue[]> {
  const absolute = path.join(contentDir, 'COVERAGE.md')
  const committed = await readFile(absolute, 'utf8').catch(() => undefined)
  if (committed === undefined || committed === renderCoverage(content)) return []
  const lines = committed.split('\n')
  const table = renderCoverage(content).split('\n')
  const first = lines.findIndex((line, index) => line !== table[index])
  return [
    {
      file: path.relative(root, absolute).split(path.sep).join('/'),
      line: first + 1,
      column: 1,
      field: '-',
      message: 'stale: the table no longer matches the content; run npm run content:coverage and commit it',
      severity: 'error',
    },
  ]
}

/** Problems only the page list can see, over what the published site will be. */
export function pageListIssues({ content, drafts, carrierIds }: CollectedContent): ContentIssue[] {
  const targets = new Map<string, { anchors?: readonly string[] }>(pageList(content).byPath)
  // A carrier whose file has a mistake inside will have its pages once fixed: a link to it is not a second problem.
  for (const id of carrierIds)
    for (const locale of LOCALES)
      for (const path of [routes.carrier(locale, id), routes.card(locale, id)])
        if (!targets.has(path)) targets.set(path, {})
  const draftFiles = new Map([...drafts.guides, ...drafts.topics].map((article) => [ownPath(article), article.file]))
  const articles: ArticleLinks[] = [...content.guides, ...content.topics, ...drafts.guides, ...drafts.topics].map(
    (article) => ({
      file: article.file,
      page: ownPath(article),
      links: article.body.links,
    }),
  )
  return checkLinks(articles, targets satisfies LinkTargets, draftFiles)
}

/** An article's own URL, which its relative links are resolved against. */
function ownPath(article: Guide | Topic): string {
  return 'slug' in article
    ? routes.topic(article.locale, article.slug)
    : routes.guide(article.locale, article.carrier, article.task)
}
