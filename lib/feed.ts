/** An Atom 1.0 feed (RFC 4287), written by hand: a few elements, and every text escaped. */
export interface FeedEntry {
  /** Absolute URL of the page; also the entry's permanent id. */
  url: string
  title: string
  summary: string
  /** YYYY-MM-DD */
  updated: string
  category?: { term: string; label: string }
}

export interface Feed {
  title: string
  subtitle: string
  /** BCP 47 tag of the feed's language. */
  language: string
  /** Absolute URLs: the feed itself and the page it belongs to. */
  selfUrl: string
  homeUrl: string
  author: string
  entries: FeedEntry[]
}

const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')

// Dates in the content are calendar days; Atom needs a full RFC 3339 timestamp.
const timestamp = (date: string) => `${date}T00:00:00Z`

/** Newest first, then by title; at most `limit` entries, so the feed stays small as content grows. */
export function recentFirst(entries: FeedEntry[], limit: number): FeedEntry[] {
  return [...entries]
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title))
    .slice(0, limit)
}

export function atomFeed(feed: Feed): string {
  const updated =
    feed.entries
      .map((entry) => entry.updated)
      .sort()
      .at(-1) ?? '1970-01-01'
  const entries = feed.entries.map((entry) =>
    [
      '  <entry>',
      `    <id>${escapeXml(entry.url)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      `    <updated>${timestamp(entry.updated)}</updated>`,
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      entry.category
        ? `    <category term="${escapeXml(entry.category.term)}" label="${escapeXml(entry.category.label)}"/>`
        : '',
      '  </entry>',
    ]
      .filter(Boolean)
      .join('\n'),
  )
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    `  <id>${escapeXml(feed.selfUrl)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.homeUrl)}"/>`,
    `  <updated>${timestamp(updated)}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n')
}
