import { describe, expect, it } from 'vitest'
import { checkContentType, checkOrigin, clientAddress } from '../../lib/feedback/request-checks'
import { feedbackAction, returnTo } from '../../lib/feedback/responses'
import { parseSubmission } from '../../lib/feedback/submission'

const about = { locale: 'zh', carrier: 'smart', task: 'top-up', method: 'ussd', from: 'guide' } as const
const query = feedbackAction(about).split('?')[1]

describe('a report as the form posts it', () => {
  it('comes from a zh-hant page too, and goes back to it', () => {
    const hant = { ...about, locale: 'zh-hant' } as const
    const parsed = parseSubmission(feedbackAction(hant).split('?')[1], 'worked=yes')
    expect(parsed).toEqual({ ok: true, value: { ...hant, worked: 'yes' } })
    expect(returnTo(hant)).toMatch(/^\/zh-hant\/smart\/top-up#fb-ussd-thanks$/)
  })

  it('takes what it is about from the action and the answer from the body', () => {
    const parsed = parseSubmission(query, 'worked=no&reason=charged&note=+lost+5+pesos+&country=PH')
    expect(parsed).toEqual({
      ok: true,
      value: { ...about, worked: 'no', reason: 'charged', note: 'lost 5 pesos', country: 'PH' },
    })
  })

  it('treats empty optional fields as absent, and drops a reason given with "yes"', () => {
    const parsed = parseSubmission(query, 'worked=yes&reason=charged&note=&country=')
    expect(parsed).toEqual({
      ok: true,
      value: { ...about, worked: 'yes', reason: undefined, note: undefined, country: undefined },
    })
  })

  it.each([
    ['no answer', ''],
    ['an answer that is neither yes nor no', 'worked=maybe'],
    ['a field given twice', 'worked=yes&worked=no'],
    ['a field given in both the action and the body', 'worked=yes&method=sms'],
    ['an unknown field', 'worked=yes&ip=1.2.3.4'],
    ['a note past 300 characters', `worked=no&note=${'好'.repeat(301)}`],
    ['HTML in the note', `worked=no&note=${encodeURIComponent('<script>alert(1)</script>')}`],
    ['a control character in the note', 'worked=no&note=a%00b'],
    ['an unknown reason', 'worked=no&reason=aliens'],
    ['an unknown country', 'worked=no&country=ZZ'],
  ])('refuses %s', (_, body) => {
    expect(parseSubmission(query, body).ok).toBe(false)
  })

  it('accepts a note of exactly 300 characters, with angle brackets that are not markup', () => {
    expect(parseSubmission(query, `worked=no&note=${encodeURIComponent(`1 < 2 > 0 ${'x'.repeat(290)}`)}`).ok).toBe(true)
  })

  it('sends the traveller back to the page they came from, at the thank-you', () => {
    expect(returnTo(about)).toBe('/zh/smart/top-up#fb-ussd-thanks')
    expect(returnTo({ ...about, from: 'method' })).toBe('/zh/smart/top-up/ussd#fb-ussd-thanks')
  })
})

describe('what a report request must look like', () => {
  const headers = (init: Record<string, string>) => new Headers(init)

  it('accepts the site’s own form posts only', () => {
    expect(
      checkOrigin(headers({ host: 'sim.example', origin: 'https://sim.example', 'sec-fetch-site': 'same-origin' })),
    ).toBeUndefined()
    expect(checkOrigin(headers({ host: 'sim.example', origin: 'https://sim.example' }))).toBeUndefined()
    expect(
      checkOrigin(headers({ host: 'sim.example', origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }))
        ?.status,
    ).toBe(403)
    expect(
      checkOrigin(headers({ host: 'sim.example', origin: 'https://sim.example', 'sec-fetch-site': 'same-site' }))
        ?.status,
    ).toBe(403)
    expect(checkOrigin(headers({ host: 'sim.example', origin: 'null' }))?.status).toBe(403)
    expect(checkOrigin(headers({ host: 'sim.example' }))?.status).toBe(403)
  })

  it('accepts urlencoded forms only', () => {
    expect(
      checkContentType(headers({ 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' })),
    ).toBeUndefined()
    expect(checkContentType(headers({ 'content-type': 'application/json' }))?.status).toBe(415)
    expect(checkContentType(headers({}))?.status).toBe(415)
  })

  it('takes the client address from the method guard, not from what a client claims', () => {
    expect(clientAddress(headers({ 'x-sim-helper-peer': '203.0.113.9', 'x-forwarded-for': '1.1.1.1' }))).toBe(
      '203.0.113.9',
    )
    expect(clientAddress(headers({ 'x-forwarded-for': '1.1.1.1, 203.0.113.9' }))).toBe('203.0.113.9')
  })
})
