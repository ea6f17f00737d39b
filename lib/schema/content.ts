import type { Locale } from '../i18n/locales'
import type { Carrier } from './carrier'
import type { GuideFrontmatter, TopicFrontmatter } from './guide'
import type { Identify } from './identify'
import type { MethodSection } from './method'
import type { Task } from './task'

/** An article body as plain text, for search: the text outside <Method> blocks, and each block's steps by kind. */
export interface BodyText {
  prose: string
  methods: Record<string, string>
}

/** A compiled MDX body: code for mdx-bundler's `getMDXComponent`, produced once per content change. */
export interface CompiledBody {
  code: string
  /** Every <Method> block in the body, in order, with the author's line. */
  methodBlocks: Array<{ kind: string; line?: number; column?: number }>
  /** Links to pages of this site (or relative ones), with the author's line, for the link check. */
  links: Array<{ url: string; line?: number; column?: number }>
  /** The body as plain text (prose, and each method's steps), for search. */
  text: BodyText
}

export interface Guide extends GuideFrontmatter {
  locale: Locale
  /** zh-hant converted at build time from the zh article in `file` (not written by hand). */
  converted?: true
  carrier: string
  task: Task
  /** Path relative to the project root, for error messages and "edit this page". */
  file: string
  body: CompiledBody
}

export interface Topic extends TopicFrontmatter {
  locale: Locale
  /** zh-hant converted at build time from the zh article in `file` (not written by hand). */
  converted?: true
  slug: string
  file: string
  body: CompiledBody
}

export interface Content {
  carriers: Carrier[]
  guides: Guide[]
  topics: Topic[]
  /** What tells a traveller which company manages a SIM (`content/identify.yaml`), for the which-SIM page. */
  identify: Identify
}

/** One guide's section of one method kind: what the method hub lists side by side. */
export interface MethodUse {
  guide: Guide
  section: MethodSection
}

/** Guides a reader of one guide may want next: the same carrier's other tasks, the same task at other carriers. */
export interface RelatedGuides {
  sameCarrier: Guide[]
  sameTask: Guide[]
}
