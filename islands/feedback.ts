/**
 * The "did this work?" island: sends a feedback form (components/feedback/) in place instead of leaving
 * the page. Plain TypeScript, no framework, once per page (inline at the end of a prerendered page,
 * build/island-scripts.ts); it listens on the document, so it serves every form on the page. Without it,
 * or when the network fails, the form posts normally and the server redirects back with a thank-you.
 */
document.addEventListener('submit', (event) => {
  const form = event.target
  if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-feedback')) return
  event.preventDefault()
  if (form.getAttribute('aria-busy') === 'true') return
  const status = form.querySelector('.fb-status')
  const buttons = form.querySelectorAll('button')
  // One token per report, kept while it is retried (a lost answer, a 503), so the server stores it once.
  const token = form.elements.namedItem('token')
  if (token instanceof HTMLInputElement && !token.value) token.value = crypto.randomUUID()
  const body = new URLSearchParams(new FormData(form) as unknown as Record<string, string>)
  // The guide's one-line form answers with the button pressed ("Yes").
  const submitter = event.submitter
  if (submitter instanceof HTMLButtonElement && submitter.name) body.set(submitter.name, submitter.value)
  form.setAttribute('aria-busy', 'true')
  for (const button of buttons) button.disabled = true
  fetch(form.action, { method: 'POST', headers: { Accept: 'application/json' }, body })
    .then(async (response) => {
      const { ok, message } = (await response.json()) as { ok: boolean; message: string }
      if (status) status.textContent = message
      if (!ok) for (const button of buttons) button.disabled = false
      else if (token instanceof HTMLInputElement) token.value = '' // the next answer is a new report
    })
    // No answer at all (offline, a proxy's error page): fall back to the plain post, which says what happened.
    .catch(() => {
      if (submitter instanceof HTMLButtonElement && submitter.name)
        form.append(
          Object.assign(document.createElement('input'), {
            type: 'hidden',
            name: submitter.name,
            value: submitter.value,
          }),
        )
      form.submit() // no submit event: this handler does not run again
    })
    .finally(() => form.removeAttribute('aria-busy'))
})

// Opened at a method's "No" (#fb-<method>-no): that answer is already given (a guide's <details> opens).
const asked = /^#fb-[a-z-]+-no$/.test(location.hash) ? document.querySelector(location.hash) : null
if (asked instanceof HTMLDetailsElement) asked.open = true
const opened = asked?.querySelector<HTMLInputElement>('input[name=worked][value=no]')
if (opened) opened.checked = true
