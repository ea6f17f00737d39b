import type { Metadata } from 'next'
import { THEME_COLORS } from '@/lib/theme'

type Image = { url: string | URL; width?: number | string; height?: number | string; alt?: string; type?: string }

/**
 * The head of a Pages Router page (the search page: docs/decisions/009-no-framework-javascript.md) from the
 * same Metadata object lib/metadata.ts makes for every App Router page, so both write the same tags:
 * title, description, canonical, hreflang, Open Graph, Twitter, robots, plus what the root layout adds.
 */
export function MetadataTags({
  metadata,
  manifest,
  feed,
}: {
  metadata: Metadata
  manifest: string
  feed: { href: string; title: string }
}) {
  const base = metadata.metadataBase ?? undefined
  const absolute = (url: string | URL) => new URL(url, base).href
  const title =
    typeof metadata.title === 'object' && metadata.title && 'absolute' in metadata.title
      ? metadata.title.absolute
      : String(metadata.title ?? '')
  const languages = Object.entries((metadata.alternates?.languages ?? {}) as Record<string, string>)
  const og = (metadata.openGraph ?? {}) as Record<string, unknown> & { images?: Image[] }
  const twitter = (metadata.twitter ?? {}) as Record<string, unknown> & { images?: Image[] }
  const robots = metadata.robots as { index?: boolean; follow?: boolean } | undefined
  return (
    <>
      <meta name="theme-color" content={THEME_COLORS.light} media="(prefers-color-scheme: light)" />
      <meta name="theme-color" content={THEME_COLORS.dark} media="(prefers-color-scheme: dark)" />
      <title>{title}</title>
      {metadata.description ? <meta name="description" content={metadata.description} /> : null}
      <link rel="manifest" href={manifest} />
      {robots ? (
        <meta
          name="robots"
          content={`${robots.index ? 'index' : 'noindex'}, ${robots.follow ? 'follow' : 'nofollow'}`}
        />
      ) : null}
      {metadata.alternates?.canonical ? (
        <link rel="canonical" href={absolute(String(metadata.alternates.canonical))} />
      ) : null}
      {languages.map(([lang, href]) => (
        <link key={lang} rel="alternate" hrefLang={lang} href={absolute(href)} />
      ))}
      {(['title', 'description', 'url', 'siteName', 'locale', 'type'] as const).map((key) =>
        og[key] ? (
          <meta
            key={key}
            property={`og:${key === 'siteName' ? 'site_name' : key}`}
            content={key === 'url' ? absolute(String(og[key])) : String(og[key])}
          />
        ) : null,
      )}
      {(og.images ?? []).map((image) => (
        <meta key={String(image.url)} property="og:image" content={absolute(image.url)} />
      ))}
      <meta name="twitter:card" content={String(twitter.card ?? 'summary_large_image')} />
      {twitter.title ? <meta name="twitter:title" content={String(twitter.title)} /> : null}
      {twitter.description ? <meta name="twitter:description" content={String(twitter.description)} /> : null}
      {(twitter.images ?? []).map((image) => (
        <meta key={String(image.url)} name="twitter:image" content={absolute(image.url)} />
      ))}
      <link rel="icon" href="/icon.svg" sizes="any" type="image/svg+xml" />
      <link rel="apple-touch-icon" href="/apple-icon" type="image/png" sizes="180x180" />
      <link rel="alternate" type="application/atom+xml" href={feed.href} title={feed.title} />
    </>
  )
}
