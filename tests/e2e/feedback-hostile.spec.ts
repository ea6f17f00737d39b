import { expect, test } from '@playwright/test'
import { postReport, reportBody } from './feedback/reports'
import { startSite, type SiteServer } from './feedback/site-server'
import { storedReports } from './feedback/store-reader'

/**
 * Hostile or broken reports: each gets a clear 4xx and writes nothing. A server of its own, with low
 * limits (3 reports per page, 7 attempts an hour from one address, refused ones included), so the limit
 * is reached within the test.
 */
test.describe.configure({ mode: 'serial' })

let site: SiteServer
test.beforeAll(async () => {
  test.setTimeout(180_000)
  site = await startSite({ env: { FEEDBACK_LIMIT_PER_PAGE: '3', FEEDBACK_LIMIT_PER_HOUR: '7' } })
})
test.afterAll(async () => {
  await site?.stop()
})

const cases: Array<{
  name: string
  status: number
  body?: string
  headers?: Record<string, string | null>
  says?: string
}> = [
  { name: 'an oversized body', status: 413, body: reportBody({ note: 'x'.repeat(5000) }) },
  { name: 'a note past 300 characters', status: 400, body: reportBody({ note: '很'.repeat(301) }) },
  { name: 'script in the note', status: 400, body: reportBody({ note: 'hi <script>alert(1)</script>' }) },
  { name: 'an event handler in the note', status: 400, body: reportBody({ note: '<img src=x onerror=alert(1)>' }) },
  { name: 'a control character in the note', status: 400, body: reportBody({ note: 'a\u0000b' }) },
  {
    name: 'JSON instead of a form',
    status: 415,
    body: JSON.stringify({ worked: 'no' }),
    headers: { 'Content-Type': 'application/json' },
  },
  { name: 'plain text', status: 415, body: reportBody(), headers: { 'Content-Type': 'text/plain' } },
  {
    name: 'multipart',
    status: 415,
    body: reportBody(),
    headers: { 'Content-Type': 'multipart/form-data; boundary=x' },
  },
  {
    name: 'an unknown carrier',
    status: 404,
    body: reportBody({ carrier: 'no-such-carrier' }),
    says: '没有找到这份指南或这个方法。',
  },
  {
    name: 'a method the guide does not have',
    status: 404,
    body: reportBody({ carrier: 'docomo', task: 'check-data', method: 'ussd' }),
  },
  { name: 'an unknown method kind', status: 400, body: reportBody({ method: 'telepathy' }) },
  { name: 'an unknown task', status: 400, body: reportBody({ task: 'hack' }) },
  { name: 'an unknown locale', status: 400, body: reportBody({ locale: 'xx' }) },
  { name: 'a missing answer', status: 400, body: reportBody({ worked: '' }) },
  { name: 'a field sent twice', status: 400, body: `${reportBody()}&worked=yes` },
  { name: 'an extra field', status: 400, body: `${reportBody()}&ip=1.2.3.4` },
  { name: 'an unknown country', status: 400, body: reportBody({ country: 'ZZ' }) },
  {
    name: 'a cross-site post',
    status: 403,
    body: reportBody(),
    headers: { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' },
  },
  {
    name: 'another origin',
    status: 403,
    body: reportBody(),
    headers: { 'Sec-Fetch-Site': null, Origin: 'https://evil.example' },
  },
  {
    name: 'no origin at all (a script)',
    status: 403,
    body: reportBody(),
    headers: { 'Sec-Fetch-Site': null, Origin: null },
  },
  { name: 'an opaque origin', status: 403, body: reportBody(), headers: { 'Sec-Fetch-Site': null, Origin: 'null' } },
]

test('hostile and broken reports get a clear 4xx in the reader’s language and write nothing', async () => {
  test.setTimeout(60_000)
  for (const probe of cases) {
    const answer = await postReport(site.url, probe.body ?? reportBody(), { headers: probe.headers })
    expect(answer.status, probe.name).toBe(probe.status)
    expect(answer.body, probe.name).not.toMatch(/at .+\(|Error:|<script/)
    if (probe.says) expect(answer.body, probe.name).toContain(probe.says)
  }
  // Everything above was refused before the store: the next test finds only its own reports there.
  // Other methods on the endpoint are refused before Next.js; POST elsewhere stays 405.
  expect((await fetch(`${site.url}/api/feedback`, { method: 'PUT', body: 'x' })).status).toBe(405)
  expect((await fetch(`${site.url}/zh/smart/top-up`, { method: 'POST', body: 'x' })).status).toBe(405)
})

test('repeated posts past the limit get 429 with Retry-After, and only the allowed ones are stored', async () => {
  const answers = []
  for (let i = 0; i < 5; i++) answers.push(await postReport(site.url, reportBody({ note: `limit-${i}` })))
  expect(answers.map((answer) => answer.status)).toEqual([303, 303, 303, 429, 429])
  expect(answers[0].location).toMatch(/\/zh\/smart\/top-up#fb-ussd-thanks$/)
  expect(answers[3].retryAfter).toBe('3600')
  expect(answers[3].body).toContain('发送太频繁了，请一小时后再试。')
  const other = await postReport(site.url, reportBody({ method: 'app', note: 'limit-other-page' }), {
    headers: { Accept: 'application/json' },
  })
  expect(other.status).toBe(200) // the island's JSON answer
  const hourly = await postReport(site.url, reportBody({ method: 'website', locale: 'en', note: 'limit-hour' }), {
    headers: { Accept: 'application/json' },
  })
  expect(hourly.status).toBe(200)
  const past = await postReport(site.url, reportBody({ method: 'voucher', locale: 'en', note: 'limit-past-hour' }), {
    headers: { Accept: 'application/json' },
  })
  expect(past.status).toBe(429)
  expect(JSON.parse(past.body).message).toBe('Too many answers from here. Please try again in an hour.')

  await site.stop()
  const { reports } = await storedReports({ dataDir: site.dataDir })
  expect(reports.map((report) => report.note).sort()).toEqual([
    'limit-0',
    'limit-1',
    'limit-2',
    'limit-hour',
    'limit-other-page',
  ])
  expect(site.log()).not.toMatch(/ 500 |TypeError|Unhandled/)
})
