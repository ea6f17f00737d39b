import type { AppProps } from 'next/app'
import '../app/globals.css'

/** The Pages Router's wrapper, for the search page only (pages/[locale]/search.tsx): the same one CSS file. */
export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />
}
