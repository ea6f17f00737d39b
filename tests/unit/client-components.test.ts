import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './helpers'

/**
 * Client JavaScript is spent only where a traveller feels it. Each client component here was asked for,
 * with the reason; a new 'use client' file fails this test until it is added, with its reason, on purpose.
 */
const ALLOWED: Record<string, string> = {
  'components/actions/copy-button.tsx': 'copy a code, number or SMS text to the clipboard (issue 3)',
  'components/search/live-search.tsx': 'results as you type (issue 4)',
  'components/offline/save-for-trip.tsx': 'save a carrier for the trip, with its size, and remove it (issue 8)',
  'components/offline/saved-link.tsx': 'show the "saved guides" link only where saving works (issue 8)',
  'components/offline/saved-list.tsx': 'list what this phone saved, read from the cache (issue 8)',
  'components/offline/service-worker-registration.tsx': 'register the service worker, production builds only (issue 8)',
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
}

describe('client components', () => {
  it('exist only where they were asked for', () => {
    const clients = ['app', 'components', 'lib']
      .flatMap(sourceFiles)
      .filter((file) => /^\s*['"]use client['"]/m.test(readFileSync(path.join(ROOT, file), 'utf8')))
    expect(clients.length).toBeGreaterThan(0)
    for (const file of clients)
      expect(Object.keys(ALLOWED), `${file} is a client component nobody asked for`).toContain(file)
  })
})
