'use client'

import { useEffect } from 'react'
import { offlineFiles } from '@/lib/routes'

/**
 * Registers the service worker (built into /sw.js by scripts/build-offline.ts) in production builds only,
 * after the page has loaded, so it never competes with the page's own first requests on a slow link.
 * In `next dev` it removes a worker left by a production build on the same origin, which would
 * otherwise keep answering from its caches while the code changes.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return
    if (process.env.NODE_ENV !== 'production') {
      navigator.serviceWorker
        .getRegistrations()
        .then((registrations) => registrations.forEach((registration) => void registration.unregister()))
      return
    }
    const register = () => {
      navigator.serviceWorker.register(offlineFiles.serviceWorker(), { scope: '/' }).catch(() => {
        // Nothing to tell the traveller: the site works the same without offline copies.
      })
    }
    if (document.readyState === 'complete') register()
    else window.addEventListener('load', register, { once: true })
  }, [])
  return null
}
