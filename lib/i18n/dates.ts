import { DATE_TAG, type Locale } from './locale-codes'

/**
 * A date as content writes it (`2026-03-05`; a source dated only `2021-07` or `2021` keeps that precision), in
 * the reader's language: 2026年3月5日, 5 Mar 2026. The one date format of the pages, the share images and the
 * price badges; read as UTC, so the day never moves with the build machine's time zone.
 */
export function formatDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number)
  return new Intl.DateTimeFormat(DATE_TAG[locale], {
    year: 'numeric',
    timeZone: 'UTC',
    ...(month ? { month: 'short' } : {}),
    ...(day ? { day: 'numeric' } : {}),
  }).format(new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1)))
}
