import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { getContent } from '../../lib/guides'
import { getDictionary } from '../../lib/i18n'
import { readTraditionalOverrides } from '../../lib/pipeline/derive-traditional'
import { traditionalArticle } from '../../lib/pipeline/traditional-article'
import { routes } from '../../lib/routes'
import { readFacts } from './crawl'
import { expect, test } from './fixtures'

/**
 * What `curl` gets: the server's HTML, no JavaScript run. Every line an editor wrote in a guide's
 * MDX body must be in it, with the title, the summary and a section per method.
 */
function writtenLines(mdx: string): string[] {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '')
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('<')) // component tags such as <Method kind="app">
    .map((line) =>
      line
        .replace(/^(\d+\.|[-*+]|#{1,6}|>)\s+/, '') // list markers, headings, quotes
        .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1') // links keep their text
        .replace(/(\*\*|__|`)/g, '') // bold and code marks
        .replace(/\s+/g, ' '),
    )
}

test('a guide page carries its whole article in the HTML, without JavaScript', async ({ request, page }) => {
  test.setTimeout(180_000)
  const { guides } = await getContent()
  expect(guides.length).toBeGreaterThan(0)
  const { overrides } = await readTraditionalOverrides(process.cwd(), path.join(process.cwd(), 'content'))
  // A converted zh-hant guide's lines are its zh file's, converted as the build converts them.
  const written = async (guide: (typeof guides)[number]) => {
    const text = await readFile(guide.file, 'utf8')
    return guide.converted ? traditionalArticle(text, overrides) : text
  }
  for (const guide of guides) {
    const path = routes.guide(guide.locale, guide.carrier, guide.task)
    const response = await request.get(path, { maxRedirects: 0 })
    expect(response.status(), path).toBe(200)
    const { text } = await readFacts(page, await response.text())
    const t = getDictionary(guide.locale)
    const expected = [
      guide.title,
      guide.summary,
      ...guide.methods.map((section) => t.methods[section.kind].name),
      ...writtenLines(await written(guide)),
    ]
    const missing = expected.filter((line) => !text.includes(line))
    expect(missing, `${path}: text missing from the server HTML`).toEqual([])
  }
})

test('the text extraction itself sees through list markers, code marks and links', () => {
  expect(
    writtenLines(
      '---\ntitle: x\n---\n\n<Method kind="sms">\n1. Send `RELOAD <PIN>` to **1510**.\n- See [the help page](https://example.com).\n</Method>\n',
    ),
  ).toEqual(['Send RELOAD <PIN> to 1510.', 'See the help page.'])
})
