'use client'

import { useEffect } from 'react'
import { offlineFiles } from '@/lib/routes'

/**
 * Registers the service worker (built into /sw.js by scripts/build-offline.ts) in production builds only,
 * after the page has loaded, so it never competes with the page's own first requests on a slow link.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return
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
