import { describe, expect, it } from 'vitest'
import { checkContentType, checkOrigin, clientAddress } from '../../lib/feedback/request-checks'
import { feedbackAction, returnTo } from '../../lib/feedback/responses'
import { parseFeedbackConfig } from '../../lib/feedback/config'
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
    ['a C1 control character in the note', 'worked=no&note=a%C2%85b'],
    ['a bidirectional override in the note', `worked=no&note=${encodeURIComponent('ok\u202eevil')}`],
    ['a bidirectional isolate in the note', `worked=no&note=${encodeURIComponent('ok\u2066evil')}`],
    ['a token too short to be one', 'worked=no&token=abc'],
    ['a token with other characters', `worked=no&token=${encodeURIComponent('<script>alert(1)</script>xx')}`],
    ['an unknown reason', 'worked=no&reason=aliens'],
    ['an unknown country', 'worked=no&country=ZZ'],
  ])('refuses %s', (_, body) => {
    const parsed = parseSubmission(query, body)
    expect(parsed.ok).toBe(false)
    // A refusal because of the note says so: the traveller is told what to change.
    expect(!parsed.ok && parsed.field).toBe(/note=/.test(body) ? 'note' : undefined)
  })

  it('stores a note’s line breaks as LF, as a browser without JavaScript sends them (CRLF)', () => {
    const parsed = parseSubmission(query, 'worked=no&note=%E6%89%A3%E4%BA%86%0D%0A5+%E6%AF%94%E7%B4%A2%0D%0A')
    expect(parsed).toEqual({ ok: true, value: { ...about, worked: 'no', note: '扣了\n5 比索' } })
    // A CRLF counts as one character, as the textarea's maxlength counts it.
    expect(parseSubmission(query, `worked=no&note=${encodeURIComponent('x\r\n'.repeat(150))}`).ok).toBe(true)
  })

  it('takes the form’s idempotency token', () => {
    const token = '0f8fad5b-d9cb-469f-a165-70867728950e'
    expect(parseSubmission(query, `worked=yes&token=${token}`)).toEqual({
      ok: true,
      value: { ...about, worked: 'yes', token },
    })
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

describe('the settings, checked when the server starts', () => {
  it('names a DATABASE_URL that is not a postgres:// URL with a host, without echoing it', () => {
    for (const url of ['mysql://u:secret@h/db', 'postgres://', 'postgres//u:secret@h/db'])
      expect(() => parseFeedbackConfig({ DATABASE_URL: url })).toThrow(/^Invalid setting DATABASE_URL: (?!.*secret)/)
    expect(parseFeedbackConfig({ DATABASE_URL: 'postgres://u:p@db.example:5432/sim' }).DATABASE_URL).toBeDefined()
    expect(parseFeedbackConfig({ DATABASE_URL: 'postgresql:///sim?host=/run/postgresql' }).DATABASE_URL).toBeDefined()
  })

  it('names a limit that is not a positive whole number, and a trust setting that is not 0 or 1', () => {
    expect(() => parseFeedbackConfig({ FEEDBACK_LIMIT_PER_PAGE: 'ten' })).toThrow(/FEEDBACK_LIMIT_PER_PAGE/)
    expect(() => parseFeedbackConfig({ FEEDBACK_LIMIT_PER_HOUR: '-1' })).toThrow(/FEEDBACK_LIMIT_PER_HOUR/)
    expect(() => parseFeedbackConfig({ FEEDBACK_TRUST_PROXY: 'yes' })).toThrow(/FEEDBACK_TRUST_PROXY/)
    expect(parseFeedbackConfig({ PATH: '/usr/bin' })).toMatchObject({
      FEEDBACK_LIMIT_PER_HOUR: 120,
      FEEDBACK_LIMIT_PER_PAGE: 20,
    })
  })
})
