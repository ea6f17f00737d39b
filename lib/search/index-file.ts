import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Locale } from '../i18n/locales'

/** Where the prebuilt index of a locale lives, and which Next.js build it belongs to. */
export const indexFile = (root: string, locale: Locale) => path.join(root, '.cache', 'search', `${locale}.idx`)
export const nextBuildId = async (root: string) =>
  (await readFile(path.join(root, process.env.SIM_HELPER_DIST_DIR || '.next', 'BUILD_ID'), 'utf8')).trim()
