/**
 * The "did this work?" island: sends a feedback form (components/feedback/feedback-form.tsx) in place
 * instead of leaving the page. Plain TypeScript, no framework, loaded `async` once per page; it listens
 * on the document, so it works for every form on the page whenever it runs. Without it (or when the
 * network fails) the form posts normally and the server redirects back with a thank-you.
 */
document.addEventListener('submit', (event) => {
  const form = event.target
  if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-feedback')) return
  event.preventDefault()
  const status = form.querySelector('.fb-status')
  const button = form.querySelector('button')
  if (form.getAttribute('aria-busy') === 'true') return
  form.setAttribute('aria-busy', 'true')
  if (button) button.disabled = true
  fetch(form.action, {
    method: 'POST',
    headers: { Accept: 'application/json' },
    body: new URLSearchParams(new FormData(form) as unknown as Record<string, string>),
  })
    .then(async (response) => {
      const { ok, message } = (await response.json()) as { ok: boolean; message: string }
      if (status) status.textContent = message
      if (ok) form.setAttribute('data-sent', '')
      else if (button) button.disabled = false
    })
    // No answer at all (offline, a proxy's error page): fall back to the plain post, which says what happened.
    .catch(() => form.submit())
    .finally(() => form.removeAttribute('aria-busy'))
})
