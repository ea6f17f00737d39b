import { Head, Html, Main, NextScript } from 'next/document'
import type { DocumentProps } from 'next/document'
import { isLocale, LANGUAGE_TAG } from '@/lib/i18n/locale-codes'

/** `<html lang>` in the page's language, as the App Router's root layout writes it. */
export default function Document({ __NEXT_DATA__ }: DocumentProps) {
  const locale = String(__NEXT_DATA__.query.locale ?? '')
  return (
    <Html lang={isLocale(locale) ? LANGUAGE_TAG[locale] : undefined}>
      <Head />
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  )
}
