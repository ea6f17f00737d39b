/** Schemes an article's links may use; anything else (javascript:, data:, vbscript:, file:…) is refused. */
const ALLOWED_SCHEMES = ['https', 'http', 'mailto', 'tel', 'sms']

/**
 * Check a link or image URL. Browsers ignore tabs and newlines inside a URL and spaces or control
 * characters before it (WHATWG URL), so `java\tscript:` is still javascript: and is judged as such.
 * Links within the site are handed to `internal` for the link check.
 */
export function checkUrl(raw: string, internal: (url: string) => void): string[] {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what a browser skips, so they are what we strip.
  const url = raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '')
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase()
  if (scheme) {
    if (ALLOWED_SCHEMES.includes(scheme)) return []
    return [
      `links may not use the '${scheme}:' scheme; use https://, mailto:, tel: or sms: links, or a site path such as /zh/smart/top-up`,
    ]
  }
  if (url.startsWith('//')) return [`write the full address with https:// instead of '${raw}'`]
  internal(url)
  return []
}
