import { methodAction } from '../method-action'
import { carrierCard } from '../card'
import type { Locale } from '../i18n/locales'
import { type Page, type PageRoute, pageList } from '../page-list'
import type { Carrier } from '../schema/carrier'
import type { Content, Guide } from '../schema/content'
import type { MethodKind, MethodSection } from '../schema/method'
import type { SynonymGroup } from '../schema/synonyms'
import type { Task } from '../schema/task'
import { linesOf, methodData } from './guide-text'

/**
 * What search knows of one page in one language, whatever its kind: a guide, a topic, a carrier hub, an
 * out-of-data card. Every page of the page list (lib/page-list.ts) that is open to search engines and whose
 * route has a describer below is indexed; a page out of search engines (an empty card) is out of search too.
 */
export interface SearchDocument {
  /** The route that makes the page: what kind of page a result is (guide, topic, card…). */
  kind: PageRoute
  /** The page's path without the locale: `smart/top-up`, `topics/which-carrier`, `smart/card`, `smart`. */
  id: string
  href: string
  /** The carrier the page is about (id and name in the index's language), if any. */
  carrier?: string
  carrierName?: string
  country?: string
  task?: Task
  title: string
  summary: string
  /** The guide's methods (empty for other pages): the action a result shows, and ranking by method. */
  methods: MethodSection[]
  /** The body, a paragraph or step per line, and the method each line belongs to (null: outside any). */
  lines: string[]
  lineMethods: Array<MethodKind | null>
}

/** The text a document is ranked by, per field (build-index.ts weighs them). Not kept in the index. */
export interface DocumentText {
  title: string
  methods: string
  carrier: string
  /** The words that name the page's task, or the page itself, from the search vocabulary. */
  about: string
  summary: string
  body: string
}

export interface Described {
  doc: Omit<SearchDocument, 'kind' | 'id' | 'href'>
  text: Omit<DocumentText, 'about'>
}

interface Context {
  locale: Locale
  content: Content
  carrier: (id: string) => Carrier | undefined
  guides: Guide[]
  guide: (carrier: string, task: Task) => Guide | undefined
  /** The vocabulary's words for a page (by id): what travellers call it. */
  naming: (id: string) => string
}

type Describer<R extends PageRoute> = (page: Page<R>, context: Context) => Described | undefined

/** The words a carrier is known by, and its contact numbers (0120-800-000 finds that carrier's pages). The same on every page about the carrier, so it weighs the same on each. */
function carrierWords(carrier: Carrier | undefined, id: string): string {
  if (!carrier) return id
  return [
    carrier.id,
    carrier.name.zh,
    carrier.name.en,
    ...carrier.aliases,
    ...carrier.hotlines.flatMap((line) => [line.number, line.international ?? '']),
  ].join('\n')
}

const noBody = { lines: [], lineMethods: [] }

/** A carrier's hub and card are titled by its name, with no method and no body lines of their own. */
const carrierPage = (carrier: Carrier, locale: Locale) => ({
  carrier: carrier.id,
  carrierName: carrier.name[locale],
  country: carrier.country,
  title: carrier.name[locale],
  methods: [],
  ...noBody,
})

/**
 * How each route's pages are searched. Routes left out are not searched: lists of other pages (home, topics,
 * the method and task hubs, whose every entry is a page of its own) and pages for no one to find (feeds,
 * search, saved, offline).
 */
const DESCRIBERS: { [R in PageRoute]?: Describer<R> } = {
  guide: ({ params }, { guide: guideOf, carrier: carrierOf, locale }) => {
    const guide = guideOf(params.carrier, params.task)
    if (!guide) return undefined
    const carrier = carrierOf(guide.carrier)
    return {
      doc: {
        carrier: guide.carrier,
        carrierName: carrier?.name[locale] ?? guide.carrier,
        country: carrier?.country,
        task: guide.task,
        title: guide.title,
        summary: guide.summary,
        methods: guide.methods,
        ...linesOf(guide),
      },
      text: {
        title: guide.title,
        methods: guide.methods.map(methodData).join('\n'),
        carrier: carrierWords(carrier, guide.carrier),
        summary: guide.summary,
        body: [guide.body.text.prose, ...Object.values(guide.body.text.methods)].join('\n'),
      },
    }
  },
  topic: ({ params }, { content, locale }) => {
    const topic = content.topics.find((candidate) => candidate.locale === locale && candidate.slug === params.slug)
    if (!topic) return undefined
    const lines = topic.body.text.prose
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
    return {
      doc: {
        title: topic.title,
        summary: topic.summary,
        methods: [],
        lines,
        lineMethods: lines.map(() => null),
      },
      text: { title: topic.title, methods: '', carrier: '', summary: topic.summary, body: topic.body.text.prose },
    }
  },
  // Found by its title and summary (content/identify.yaml) and the vocabulary's words for "which carrier".
  whichSim: (_page, { content, locale, naming }) => {
    const { title, summary } = content.identify.page
    if (!title[locale]) return undefined
    return {
      doc: { title: title[locale], summary: summary[locale], methods: [], ...noBody },
      text: {
        title: `${title[locale]}\n${naming('which-sim')}`,
        methods: '',
        carrier: '',
        summary: summary[locale],
        body: '',
      },
    }
  },
  // The hub's title is the carrier's name (ranked as the carrier field); its summary, the titles of its guides (shown, not ranked).
  carrier: ({ params }, { guides, carrier: carrierOf, locale }) => {
    const carrier = carrierOf(params.carrier)
    if (!carrier) return undefined
    const titles = guides.filter((guide) => guide.carrier === carrier.id).map((guide) => guide.title)
    return {
      doc: { ...carrierPage(carrier, locale), summary: titles.join(' · ') },
      text: {
        title: '',
        methods: '',
        carrier: carrierWords(carrier, carrier.id),
        summary: '',
        // What the hub leads to is left out: each has a guide of its own, which a search for its words finds.
        body: '',
      },
    }
  },
  // The card is found by its carrier and by the words for having no data (the vocabulary's, in its title).
  card: ({ params }, { guides, carrier: carrierOf, locale, naming }) => {
    const carrier = carrierOf(params.carrier)
    if (!carrier) return undefined
    const card = carrierCard(carrier, guides)
    const sections = [...card.codes, ...card.topUps].map(({ section }) => section)
    return {
      doc: {
        ...carrierPage(carrier, locale),
        summary: [...sections.map(methodAction), ...card.contacts.map((line) => line.number)].join(' · '),
      },
      text: {
        title: naming(`${carrier.id}/card`),
        methods: '',
        carrier: carrierWords(carrier, carrier.id),
        summary: '',
        // Its codes are left out: each has a guide of its own, which a search for the code finds.
        body: '',
      },
    }
  },
}

/** Every searchable page of the content in one language, in page-list order, with the text to rank it by. */
export function searchDocuments(
  content: Content,
  locale: Locale,
  groups: SynonymGroup[],
): Array<{ doc: SearchDocument; text: DocumentText }> {
  const byId = new Map(content.carriers.map((carrier) => [carrier.id, carrier]))
  const guides = content.guides.filter((guide) => guide.locale === locale)
  const bySlot = new Map(guides.map((guide) => [`${guide.carrier}/${guide.task}`, guide]))
  const context: Context = {
    locale,
    content,
    carrier: (id) => byId.get(id),
    guides,
    guide: (carrier, task) => bySlot.get(`${carrier}/${task}`),
    naming: (id) => namingWords(groups, { id }),
  }
  const found: Array<{ doc: SearchDocument; text: DocumentText }> = []
  for (const page of pageList(content).pages) {
    const version = page.versions.find((candidate) => candidate.locale === locale)
    const describer = DESCRIBERS[page.route] as Describer<PageRoute> | undefined
    if (!version || version.indexable === false || !describer) continue
    const described = describer(page, context)
    if (!described) continue
    const doc: SearchDocument = {
      kind: page.route,
      id: version.path.slice(`/${locale}/`.length),
      href: version.path,
      ...described.doc,
    }
    found.push({ doc, text: { ...described.text, about: namingWords(groups, doc) } })
  }
  return found
}

/** Whether a page id (`smart/card`) is one a group's `pages:` pattern names (a `*` part matches any one part). */
export function pageMatches(pattern: string, id: string): boolean {
  const want = pattern.split('/')
  const parts = id.split('/')
  return want.length === parts.length && want.every((part, i) => part === '*' || part === parts[i])
}

/** The words that name a document's task and the pages groups that name it: the first of each script. */
export function namingWords(groups: SynonymGroup[], doc: { id: string; task?: Task }): string {
  const words: string[] = []
  for (const group of groups) {
    const names =
      (group.task && group.task === doc.task) || group.pages?.some((pattern) => pageMatches(pattern, doc.id))
    if (names) words.push(...firstPerScript(group.terms))
  }
  return words.join('\n')
}

const SCRIPTS = [/\p{Script=Han}/u, /^[\p{Script=Latin}\p{N}\s-]+$/u, /[\p{Script=Hiragana}\p{Script=Katakana}]/u]

function firstPerScript(terms: string[]): string[] {
  return SCRIPTS.map((script) => terms.find((term) => script.test(term))).filter((term) => term !== undefined)
}
