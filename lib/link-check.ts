import type { ContentIssue } from './pipeline/content-error'
import { closest } from './pipeline/suggest'
import { isTask } from './schema/task'

/** The pages a link may reach, by path, with the in-page anchors each has (from the page list). */
export type LinkTargets = ReadonlyMap<string, { anchors?: readonly string[] }>

export interface ArticleLinks {
  file: string
  /** The article's own URL, which relative links and bare #anchors are resolved against. */
  page: string
  links: Array<{ url: string; line?: number; column?: number }>
}

// Any origin works: it is only there so the URL parser can resolve relative links against the page.
const ORIGIN = 'https://sim-helper.invalid'

/** Every link to a page of this site must reach a page that exists (and an anchor the page has). */
export function checkLinks(
  articles: ArticleLinks[],
  pages: LinkTargets,
  drafts: ReadonlyMap<string, string>,
): ContentIssue[] {
  const paths = [...pages.keys()]
  return articles.flatMap((article) =>
    article.links.flatMap((link): ContentIssue[] => {
      const problem = linkProblem(link.url, article.page, pages, paths, drafts)
      return problem
        ? [
            {
              file: article.file,
              line: link.line,
              column: link.column,
              field: 'body',
              message: problem,
              severity: 'error',
            },
          ]
        : []
    }),
  )
}

function linkProblem(
  url: string,
  from: string,
  pages: LinkTargets,
  paths: string[],
  drafts: ReadonlyMap<string, string>,
): string | undefined {
  const resolved = new URL(url, `${ORIGIN}${from}`)
  const path = safeDecode(resolved.pathname).replace(/(.)\/$/, '$1')
  const page = pages.get(path)
  if (!page) {
    const draft = drafts.get(path)
    if (draft) return `the link to ${path} leads to a draft (${draft}), which is not published`
    return `the link to ${path} leads to no page${hint(path, pages, paths)}`
  }
  const anchor = resolved.hash.slice(1)
  const anchors = page.anchors ?? []
  if (anchor.startsWith('method-') && !anchors.includes(anchor)) {
    const known = anchors.map((name) => `#${name}`).join(', ')
    return `${path} has no section #${anchor}${known ? `; its sections are ${known}` : ''}`
  }
  return undefined
}

/** A guide URL for a carrier that exists names the file that would create it; anything else, a near miss. */
function hint(path: string, pages: LinkTargets, paths: string[]): string {
  const guide = /^\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(path)
  if (guide && pages.has(`/${guide[1]}/${guide[2]}`) && isTask(guide[3])) {
    return `: there is no guide content/guides/${guide[1]}/${guide[2]}/${guide[3]}.mdx`
  }
  // Only a typo's worth of difference: a far-fetched suggestion is worse than none.
  const near = closest(path, paths, 2)
  return near ? `; did you mean ${near}?` : ''
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path)
  } catch {
    return path // a stray % is simply compared as written
  }
}
