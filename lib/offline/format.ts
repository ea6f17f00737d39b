import { LANGUAGE_TAG, type Locale } from '../i18n/locale-codes'

/** "930 KB", "1.2 MB": decimal units, two significant figures at most, as phones show storage. */
export function formatBytes(bytes: number, locale: Locale): string {
  const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : [Math.max(1, Math.round(bytes / 1e3)), 'kilobyte']
  return new Intl.NumberFormat(LANGUAGE_TAG[locale], {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumSignificantDigits: 2,
  }).format(value)
}

/** A date and time from the browser, as a short date in the page's language. */
export function formatDay(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(LANGUAGE_TAG[locale], { dateStyle: 'medium' }).format(new Date(iso))
}
