import type { Carrier } from '../../lib/schema/carrier'
import type { Guide } from '../../lib/schema/content'
import type { MethodSection } from '../../lib/schema/method'

/**
 * A large made-up catalogue for benchmarks: `count` Chinese guides for made-up carriers, each built from
 * a real guide of the same task (names, codes and numbers replaced) plus sentences of Chinese characters
 * drawn with a Zipf distribution (so common characters are common and the vocabulary keeps growing, as in
 * real text). Seeded: every run builds the same catalogue.
 */
export function syntheticCatalogue(real: { guides: Guide[]; carriers: Carrier[] }, count: number, seed = 42) {
  const random = mulberry32(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('')
  const templates = real.guides.filter((guide) => guide.locale === 'zh')
  const charPool = Array.from({ length: 4000 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20900)))
  const zipfChar = () =>
    charPool[Math.min(charPool.length - 1, Math.floor(Math.exp(random() * Math.log(charPool.length))) - 1)]
  const sentence = (length: number) => `${Array.from({ length }, zipfChar).join('')}。`

  const carriers: Carrier[] = []
  const guides: Guide[] = []
  for (let c = 0; guides.length < count; c++) {
    const latin = `${capitalise(Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join(''))} ${c}`
    const id = `${latin.toLowerCase().replace(/\s+/g, '-')}`
    const han = sentence(2 + Math.floor(random() * 2)).slice(0, -1)
    const carrier: Carrier = {
      id,
      name: { zh: `${latin}（${han}）`, 'zh-hant': `${latin}（${han}）`, en: latin },
      aliases: [han, `${latin} Mobile`],
      country: pick(COUNTRIES),
      kind: 'operator',
      website: `https://${id}.example.com/`,
      apps: [],
      hotlines: [],
      wrongAdvice: [],
      notes: [],
    }
    carriers.push(carrier)
    for (const template of templates.filter((guide) => guide.carrier === templates[c % templates.length].carrier)) {
      if (guides.length >= count) break
      const names = real.carriers.find((candidate) => candidate.id === template.carrier)
      const rename = (text: string) => replaceNames(text, names, latin)
      guides.push({
        ...template,
        carrier: id,
        title: rename(template.title),
        summary: rename(template.summary),
        methods: template.methods.map((section) => renumber(section, digits)),
        body: {
          code: '',
          methodBlocks: [],
          links: [],
          text: {
            prose: `${rename(template.body.text.prose)}\n${sentence(12 + Math.floor(random() * 20))}${sentence(8 + Math.floor(random() * 20))}`,
            methods: Object.fromEntries(
              Object.entries(template.body.text.methods).map(([kind, text]) => [
                kind,
                `${rename(text)}\n${sentence(10 + Math.floor(random() * 15))}`,
              ]),
            ),
          },
        },
      })
    }
  }
  return { carriers, guides }
}

function replaceNames(text: string, carrier: Carrier | undefined, name: string): string {
  if (!carrier) return text
  const names = [carrier.name.zh, carrier.name.en, ...carrier.aliases, carrier.id].sort((a, b) => b.length - a.length)
  return names.reduce((result, old) => result.split(old).join(name), text)
}

function renumber(section: MethodSection, digits: (n: number) => string): MethodSection {
  switch (section.kind) {
    case 'ussd':
      return { ...section, code: `*${digits(3)}#` }
    case 'hotline':
      return {
        ...section,
        numbers: section.numbers.map((number) => ({
          ...number,
          number: `0120-${digits(3)}-${digits(3)}`,
          international: undefined,
          abroad: 'no' as const,
        })),
      }
    case 'sms':
      return { ...section, messages: section.messages.map((message) => ({ ...message, to: digits(4) })) }
    default:
      return section
  }
}

const SYLLABLES = [
  'ka',
  'mo',
  'ri',
  'to',
  'su',
  'ne',
  'la',
  'vi',
  'po',
  'za',
  'te',
  'lu',
  'ban',
  'kor',
  'mi',
  'sa',
  'do',
  're',
  'fa',
  'gi',
]
const COUNTRIES = ['JP', 'PH', 'TH', 'KR', 'VN', 'SG', 'MY', 'ID', 'TW', 'HK', 'US', 'GB', 'FR', 'DE', 'AU', 'global']

function capitalise(text: string): string {
  return text[0].toUpperCase() + text.slice(1)
}

function mulberry32(seed: number) {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
