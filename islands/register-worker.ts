/**
 * The service worker's registration, on every page: from the second page view onwards, after the page has
 * loaded (lib/offline/register-worker.ts says why). In `next dev` it removes a worker left by a production
 * build on the same origin, which would otherwise keep answering from its caches while the code changes.
 */
import { registerFromSecondView } from '../lib/offline/register-worker'

if (process.env.NODE_ENV !== 'production') {
  navigator.serviceWorker
    ?.getRegistrations()
    .then((registrations) => registrations.forEach((registration) => void registration.unregister()))
} else if (document.readyState === 'complete') registerFromSecondView()
else window.addEventListener('load', registerFromSecondView, { once: true })
