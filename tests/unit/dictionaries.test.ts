import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { getDictionary } from '../../lib/i18n'
import { en } from '../../lib/i18n/en'
import { zh } from '../../lib/i18n/zh'
import { CARRIER_KINDS } from '../../lib/schema/carrier'
import { CARD_TYPES, PLANS } from '../../lib/schema/guide'
import { ABROAD } from '../../lib/schema/common'
import { CLUE_KINDS } from '../../lib/schema/identify'
import { CONDITIONS, COSTS, METHODS } from '../../lib/schema/method'
import { TASKS } from '../../lib/schema/task'
import { ROOT } from './helpers'

/** Every leaf of a dictionary as a path of keys: `search.count`, `tasks.top-up.name`. */
function leaves(value: unknown, at: string[] = []): string[][] {
  if (
    typeof value !== 'object' ||
    value === null ||
    Array.isArray(value) ||
    ('other' in value && typeof (value as { other: unknown }).other === 'string')
  )
    return [at]
  return Object.entries(value).flatMap(([key, child]) => leaves(child, [...at, key]))
}

/** The code that could use a string: everything but the dictionaries themselves and the tests. */
const code = ['app', 'pages', 'components', 'lib', 'islands', 'worker', 'scripts']
  .flatMap((dir) => readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true }))
  .filter(
    (entry) =>
      entry.isFile() &&
      /\.tsx?$/.test(entry.name) &&
      !/lib\/i18n\/(zh|en|zh-hant)\.ts$/.test(path.join(entry.parentPath, entry.name)),
  )
  .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'))
  .join('\n')

/** Records keyed by data (read as `t.tasks[task]`): their keys must be exactly the set they name. */
const DATA_KEYED: Record<string, readonly string[] | undefined> = {
  tasks: TASKS,
  methods: METHODS,
  conditions: CONDITIONS,
  cost: COSTS,
  kinds: CARRIER_KINDS,
  'guide.plans': PLANS,
  'guide.cards': CARD_TYPES,
  'reach.abroad': ABROAD,
  'whichSim.kinds': CLUE_KINDS,
  // Country codes whose ICU name is not the one travellers use (read by countryName).
  countries: undefined,
}

/**
 * A key is used when code reads it by name (`t.search.count`, `strings.explain`). Keys that are data
 * (`tasks.top-up`, `countries.JP`, read as `t.tasks[task]`) are judged by the name read below them.
 */
const readsKey = (key: string) => new RegExp(`\\.${key}\\b|\\b${key}\\s*[,}]`).test(code)

describe('the UI dictionaries', () => {
  it('have the same keys in every language', () => {
    expect(
      leaves(en)
        .map((keys) => keys.join('.'))
        .sort(),
    ).toEqual(
      leaves(zh)
        .map((keys) => keys.join('.'))
        .sort(),
    )
  })

  it('are plain data: strings, lists of strings and plural forms, never a function (dates: lib/i18n/dates.ts)', () => {
    for (const dictionary of [zh, en, getDictionary('zh-hant')])
      for (const keys of leaves(dictionary)) {
        const value = keys.reduce<unknown>((record, key) => (record as Record<string, unknown>)[key], dictionary)
        const plain =
          typeof value === 'string' ||
          (Array.isArray(value) && value.every((item) => typeof item === 'string')) ||
          (typeof value === 'object' &&
            value !== null &&
            Object.values(value).every((item) => typeof item === 'string'))
        expect(plain, keys.join('.')).toBe(true)
      }
  })

  it('name every member of the sets they translate, and nothing else', () => {
    for (const [at, members] of Object.entries(DATA_KEYED)) {
      const record = at
        .split('.')
        .reduce<Record<string, unknown>>((value, key) => value[key] as Record<string, unknown>, zh)
      if (members) expect(Object.keys(record).sort(), at).toEqual([...members].sort())
    }
  })

  it('hold no string that no code reads', () => {
    const unused = leaves(zh).filter((keys) => {
      const record = Object.keys(DATA_KEYED).find((at) => keys.join('.').startsWith(`${at}.`))
      // Below a data-keyed record, the name read is the record's (t.tasks[task]) and then any field (.name).
      const named = record ? [...record.split('.'), ...keys.slice(record.split('.').length + 1)] : keys
      return !readsKey(named.at(-1)!)
    })
    expect(unused.map((keys) => keys.join('.'))).toEqual([])
  })
})
