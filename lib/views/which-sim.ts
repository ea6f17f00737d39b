import type { Locale } from '../i18n/locale-codes'
import type { MatchRow } from '../identify-match'
import { routes } from '../routes'
import type { Carrier } from '../schema/carrier'
import type { Identify, IdentifyCode, IdentifySource } from '../schema/identify'
import { CLUE_KINDS, type ClueKind } from '../schema/identify'

/** A company as the page names it: its hub's link once the carrier registry has it, plain text until then. */
export interface CompanyRef {
  id: string
  name: string
  href?: string
}

/** One company a value points to. */
export interface CodeAnswer {
  company: CompanyRef
  note?: string
  /** Only low-confidence sources say so: shown as unconfirmed, never as fact. */
  unconfirmed: boolean
  /** Sources name different companies for this value. */
  disputed: boolean
  /** Keys into the page's source list. */
  sources: string[]
}

/** One row of the table (and one answer of the lookup): a value and every company it points to. */
export interface CodeRow extends MatchRow {
  /** Unique on the page: the row's anchor, and how the island finds it. */
  id: string
  answers: CodeAnswer[]
  /** Other SIMs the site knows on the network this value names (MVNOs, sub-brands, tourist SIMs). */
  onNetwork: CompanyRef[]
}

export interface HostNetwork {
  network: CompanyRef
  sims: CompanyRef[]
}

export interface WhichSimView {
  tables: Array<{ kind: ClueKind; rows: CodeRow[] }>
  networks: HostNetwork[]
  sources: Array<IdentifySource & { key: string }>
}

/** A company by id: the registry's name and hub when the site has that carrier, the facts file's name otherwise. */
function companyRef(id: string, identify: Identify, carriers: Carrier[], locale: Locale): CompanyRef {
  const carrier = carriers.find((candidate) => candidate.id === id)
  if (carrier) return { id, name: carrier.name[locale], href: routes.carrier(locale, id) }
  return { id, name: identify.companies.find((company) => company.id === id)?.name ?? id }
}

/**
 * The SIMs on one network: every registry carrier whose `host` is it (those have guides), then brands the
 * facts file places on it with medium or high confidence. Never the network itself; each company once.
 */
export function simsOnNetwork(network: string, identify: Identify, carriers: Carrier[], locale: Locale): CompanyRef[] {
  const ids = [
    ...carriers.filter((carrier) => carrier.host === network).map((carrier) => carrier.id),
    ...identify.companies
      .filter((company) => company.host?.network === network && company.host.confidence !== 'low')
      .filter((company) => !carriers.some((carrier) => carrier.id === company.id && carrier.host))
      .map((company) => company.id),
  ]
  return [...new Set(ids)].filter((id) => id !== network).map((id) => companyRef(id, identify, carriers, locale))
}

/**
 * The SIMs with guides here that run on a network (the registry's `host`), for the branch near the top of
 * that network's guides: only carriers a traveller can go on to, never a name without a page.
 */
export function registrySimsOn(network: string, carriers: Carrier[], locale: Locale): CompanyRef[] {
  return carriers
    .filter((carrier) => carrier.host === network)
    .map((carrier) => ({ id: carrier.id, name: carrier.name[locale], href: routes.carrier(locale, carrier.id) }))
}

const rowId = (kind: ClueKind, value: string) =>
  `${kind}-${value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`

/** The which-SIM page: one table per kind of clue, the SIMs on each network, and every source cited. */
export function whichSimView(identify: Identify, carriers: Carrier[], locale: Locale): WhichSimView {
  const answer = (code: IdentifyCode): CodeAnswer => ({
    company: companyRef(code.company, identify, carriers, locale),
    ...(code.note ? { note: code.note[locale] } : {}),
    unconfirmed: code.confidence === 'low',
    disputed: code.disputed,
    sources: code.sources,
  })
  const tables = CLUE_KINDS.map((kind) => {
    const codes = identify.codes.filter((code) => code.kind === kind)
    const values = [...new Set(codes.map((code) => code.value))]
    const rows = values.map((value): CodeRow => {
      const answers = codes.filter((code) => code.value === value).map(answer)
      // A network code or name names a network: say which other SIMs use it (not for an ICCID's issuer or an APN).
      const networks = kind === 'mcc-mnc' || kind === 'network-name' ? answers.map((a) => a.company.id) : []
      const onNetwork = networks.flatMap((network) => simsOnNetwork(network, identify, carriers, locale))
      return { id: rowId(kind, value), kind, value, answers, onNetwork }
    })
    return { kind, rows }
  }).filter((table) => table.rows.length > 0)
  const networkIds = [
    ...new Set([
      ...carriers.flatMap((carrier) => (carrier.host ? [carrier.host] : [])),
      ...identify.companies.flatMap((company) =>
        company.host && company.host.confidence !== 'low' ? [company.host.network] : [],
      ),
    ]),
  ]
  const networks = networkIds
    .map((id) => ({
      network: companyRef(id, identify, carriers, locale),
      sims: simsOnNetwork(id, identify, carriers, locale),
    }))
    .filter((network) => network.sims.length > 0)
  const cited = new Set([
    ...identify.codes.flatMap((code) => code.sources),
    ...identify.companies.flatMap((company) => company.host?.sources ?? []),
  ])
  const sources = Object.entries(identify.sources)
    .filter(([key]) => cited.has(key))
    .map(([key, source]) => ({ key, ...source }))
  return { tables, networks, sources }
}

/** Every row of every table, as the island receives them (the lookup needs only kind, value and id). */
export function lookupRows(view: WhichSimView): Array<MatchRow & { id: string }> {
  return view.tables.flatMap((table) => table.rows.map(({ id, kind, value }) => ({ id, kind, value })))
}
