import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { matchRows, readQuery } from '../../lib/identify-match'
import { formatIssue } from '../../lib/pipeline/content-error'
import { readIdentify } from '../../lib/pipeline/load-identify'
import { loadContent } from '../../lib/pipeline/load-content'
import type { Carrier } from '../../lib/schema/carrier'
import type { Content } from '../../lib/schema/content'
import { lookupRows, registrySimsOn, simsOnNetwork, whichSimView } from '../../lib/views/which-sim'
import { freshCacheDir, ROOT, sharedCacheDir } from './helpers'

let content: Content
beforeAll(async () => {
  content = (await loadContent({ root: ROOT, cacheDir: sharedCacheDir() })).content
})

const view = (locale: 'zh' | 'zh-hant' | 'en' = 'en') => whichSimView(content.identify, content.carriers, locale)
const values = (kind: string) =>
  view()
    .tables.find((table) => table.kind === kind)
    ?.rows.map((row) => row.value) ?? []
const rowOf = (value: string) =>
  view()
    .tables.flatMap((table) => table.rows)
    .find((row) => row.value === value)

describe('the which-SIM page (content/identify.yaml)', () => {
  it('shows the Japanese networks’ and Smart, Globe and DITO network codes, and the Japanese ICCID issuers', () => {
    expect(values('mcc-mnc')).toEqual(
      expect.arrayContaining([
        '440-10',
        '440-11',
        '440-20',
        '440-50',
        '440-51',
        '440-54',
        '515-02',
        '515-03',
        '515-66',
      ]),
    )
    expect(values('iccid')).toEqual(expect.arrayContaining(['898110', '898120', '898130', '898109']))
    expect(rowOf('440-10')?.answers.map((answer) => answer.company.name)).toEqual(['NTT docomo'])
    expect(rowOf('898110')?.answers.map((answer) => answer.company.id)).toEqual(['docomo'])
    expect(rowOf('515-03')?.answers.map((answer) => answer.company.id)).toEqual(['smart'])
  })

  it('for every row of every table, the lookup answers with exactly that row, however the value is typed', () => {
    for (const locale of ['zh', 'zh-hant', 'en'] as const) {
      const rows = lookupRows(view(locale))
      expect(rows.length).toBeGreaterThan(40)
      for (const row of rows) {
        const typed = [row.value, ` ${row.value.toUpperCase()} `]
        if (row.kind === 'iccid') typed.push(`${row.value}1234567890123`, row.value.replace(/(\d{4})/g, '$1 '))
        if (row.kind === 'mcc-mnc') typed.push(row.value.replace('-', ''), row.value.replace('-', ' '))
        for (const input of typed) expect(matchRows(rows, input), `${row.id} typed as '${input}'`).toEqual([row])
      }
    }
  })

  it('answers a full ICCID by its issuer and names no issuer from too few digits', () => {
    const rows = lookupRows(view())
    expect(matchRows(rows, '8981 1000 1234 5678 901').map((row) => row.value)).toEqual(['898110'])
    expect(matchRows(rows, '89811')).toEqual([])
    expect(readQuery('8981')).toBeUndefined()
    expect(matchRows(rows, '440-99')).toEqual([])
    expect(matchRows(rows, 'not-an-apn.example')).toEqual([])
  })

  it('says where sources disagree (440-11) and never shows a low-confidence value as fact', () => {
    const disputed = rowOf('440-11')!
    expect(disputed.answers.map((answer) => [answer.company.id, answer.disputed])).toEqual([
      ['rakuten-mobile', true],
      ['docomo', true],
    ])
    for (const code of content.identify.codes) {
      const answer = rowOf(code.value)?.answers.find((candidate) => candidate.company.id === code.company)
      expect(answer?.unconfirmed, `${code.kind} ${code.value}`).toBe(code.confidence === 'low')
    }
  })

  it('lists on each network the SIMs of the carrier registry, linked, and names others without a link', () => {
    const docomo = view().networks.find((network) => network.network.id === 'docomo')!
    expect(docomo.network.href).toBe('/en/docomo')
    for (const carrier of content.carriers.filter((candidate) => candidate.host === 'docomo'))
      expect(docomo.sims).toContainEqual({ id: carrier.id, name: carrier.name.en, href: `/en/${carrier.id}` })
    expect(docomo.sims.find((sim) => sim.id === 'ntt-com-prepaid')?.href).toBeUndefined()
    expect(rowOf('440-10')?.onNetwork.map((sim) => sim.id)).toEqual(docomo.sims.map((sim) => sim.id))
    expect(registrySimsOn('docomo', content.carriers, 'en').every((sim) => sim.href)).toBe(true)
  })

  it('links a company as soon as the registry has a carrier with its id', () => {
    const globe = {
      ...content.carriers[0],
      id: 'globe',
      host: undefined,
      name: { zh: 'Globe', 'zh-hant': 'Globe', en: 'Globe' },
    }
    const withoutGlobe = content.carriers.filter((carrier) => carrier.id !== 'globe')
    const withGlobe = whichSimView(content.identify, [...withoutGlobe, globe as Carrier], 'en')
    const row = withGlobe.tables.flatMap((table) => table.rows).find((candidate) => candidate.value === '515-02')!
    expect(row.answers[0].company).toEqual({ id: 'globe', name: 'Globe', href: '/en/globe' })
    expect(
      whichSimView(content.identify, withoutGlobe, 'en')
        .tables.flatMap((table) => table.rows)
        .find((r) => r.value === '515-02')?.answers[0].company.href,
    ).toBeUndefined()
    expect(
      simsOnNetwork('globe', content.identify, [...withoutGlobe, globe as Carrier], 'en').map((sim) => sim.id),
    ).toEqual(['tm', 'gomo'])
  })

  it('cites every source it lists, each with a date or marked official', () => {
    for (const source of view().sources) expect(source.url).toMatch(/^https?:\/\//)
    const cited = new Set(content.identify.codes.flatMap((code) => code.sources))
    for (const key of cited) expect(view().sources.map((source) => source.key)).toContain(key)
  })
})

describe('content/identify.yaml when it is wrong', () => {
  const write = (text: string) => {
    const dir = path.join(freshCacheDir(), 'content')
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'identify.yaml'), text)
    return dir
  }
  const base = `page: { title: { zh: 哪家的卡, en: Which SIM }, summary: { zh: 查卡, en: Find it } }
sources:
  itu: { title: ITU list, url: https://example.org/itu, official: false }
companies:
  - { id: docomo, name: NTT docomo, country: JP }
codes:
`

  it('names the file, line and field of a value written wrongly, an unknown company and an unknown source', async () => {
    const dir = write(
      `${base}  - { kind: mcc-mnc, value: "44010", company: docomo, confidence: medium, sources: [itu] }
  - { kind: iccid, value: "898110", company: dokomo, confidence: medium, sources: [itu] }
  - { kind: iccid, value: "898120", company: docomo, confidence: medium, sources: [gsma] }
`,
    )
    const { issues } = await readIdentify(path.dirname(dir), dir, new Map())
    expect(issues.map(formatIssue)).toEqual([
      expect.stringMatching(
        /^content\/identify\.yaml:7:\d+ +codes\[0\]\.value +expected a mcc-mnc value written like 440-10/,
      ),
      expect.stringMatching(/^content\/identify\.yaml:8:\d+ +codes\[1\]\.company +no company 'dokomo'/),
      expect.stringMatching(/^content\/identify\.yaml:9:\d+ +codes\[2\]\.sources\[0\] +no source 'gsma'/),
    ])
  })

  it('fills each note in Traditional Chinese', async () => {
    const dir = write(
      `${base}  - kind: apn
    value: spmode.ne.jp
    company: docomo
    confidence: high
    note: { zh: 只用于 docomo 自己的合约；旅游卡不用它。, en: For docomo contracts only. }
    sources: [itu]
`,
    )
    const { identify, issues } = await readIdentify(path.dirname(dir), dir, new Map())
    expect(issues).toEqual([])
    expect(identify.codes[0].note?.['zh-hant']).toBe('只用於 docomo 自己的合約；旅遊卡不用它。')
  })
})
