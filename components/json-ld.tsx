import { serializeJsonLd } from '@/lib/structured-data'

/** Structured data for search engines, rendered on the server into the page's HTML. */
export function JsonLd({ data }: { data: object }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: serializeJsonLd escapes `<`, so the data cannot close the script element.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
