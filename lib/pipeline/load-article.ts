import type { z } from 'zod'
import type { CompiledBody } from '../schema/content'
import type { FactRegistry } from '../schema/fact'
import { checkDates } from './checks/dates'
import { checkCitations } from './checks/facts'
import { checkSourceLanguages } from './checks/source-language'
import { checkPlaceholders } from './checks/placeholders'
import { checkPrices } from './checks/prices'
import { compileMdx } from './compile-mdx'
import type { ContentIssue } from './content-error'
import { parseFrontmatter } from './frontmatter'
import type { SourceFile } from './read-files'
import { validate } from './validate'

type ArticleSchema = z.ZodType<{
  verified: string
  updated: string
  draft?: boolean
  facts?: string[]
  sources: Array<{ url: string; title?: string }>
}>

export interface LoadedArticle<T> {
  /** Present only when the frontmatter is valid and the body compiled. */
  article?: { frontmatter: T; body: CompiledBody; draft: boolean }
  issues: ContentIssue[]
  cached: boolean
}

/** One article, read top to bottom: frontmatter → schema → MDX body → dates and placeholders. */
export async function loadArticle<S extends ArticleSchema>(
  source: SourceFile,
  schema: S,
  cacheDir: string,
  today: string,
  registry: FactRegistry,
): Promise<LoadedArticle<z.infer<S>>> {
  const parsed = parseFrontmatter(source.file, source.text)
  const issues = [...parsed.issues]
  const frontmatter = parsed.issues.length ? undefined : validate(schema, parsed.data, source.file, parsed.locate)
  if (frontmatter && !frontmatter.ok) issues.push(...frontmatter.issues)

  // Compiled even when the frontmatter is wrong, so one run reports the body's mistakes too.
  const compiled = await compileMdx(parsed.body, cacheDir)
  if (!compiled.ok) {
    for (const violation of compiled.violations) {
      issues.push({
        file: source.file,
        line: violation.line,
        column: violation.column,
        field: 'body',
        message: violation.message,
        severity: 'error',
      })
    }
  }
  if (!frontmatter?.ok || !compiled.ok) return { issues, cached: false }

  const draft = frontmatter.value.draft === true
  issues.push(...checkDates(frontmatter.value, source.file, parsed.locate, today))
  issues.push(...checkCitations(frontmatter.value, source.file, parsed.locate, registry))
  issues.push(...checkPlaceholders(parsed.data, parsed.body, source.file, parsed.locate, draft))
  issues.push(...checkSourceLanguages(frontmatter.value, source.file, parsed.locate))
  // Guides only: a topic has no methods, so no prices.
  const value = frontmatter.value as { methods?: unknown }
  if (Array.isArray(value.methods))
    issues.push(
      ...checkPrices(
        frontmatter.value as unknown as Parameters<typeof checkPrices>[0],
        source.file,
        parsed.locate,
        today,
      ),
    )
  return { article: { frontmatter: frontmatter.value, body: compiled.body, draft }, issues, cached: compiled.cached }
}
