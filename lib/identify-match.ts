/**
 * Which rows of the "which SIM is this?" table answer what a traveller typed: an ICCID (or its first digits),
 * a network code (MCC-MNC), an APN or a network name. One pure function, shared by the page's table
 * (app/[locale]/which-sim) and its island (islands/which-sim.ts), so both always give the same answer.
 * No imports: the island bundles this file as it is.
 */

/** The part of a table row the lookup needs: its kind and its value as the table shows it. */
export interface MatchRow {
  kind: 'mcc-mnc' | 'iccid' | 'apn' | 'network-name'
  value: string
}

/** Fewer digits than this name no issuer: 89 (telecom) + a country code + the issuer. */
export const MIN_ICCID_DIGITS = 6

const digitsOnly = (text: string) => text.replace(/[\s\-–.]/g, '')

/** What a typed text can be: an ICCID's digits, a network code's five or six digits, or a name. */
export function readQuery(input: string): { kind: 'iccid' | 'mcc-mnc' | 'name'; text: string } | undefined {
  const trimmed = input.trim()
  if (!trimmed) return undefined
  const digits = digitsOnly(trimmed)
  if (/^[0-9]+$/.test(digits)) {
    // ICCIDs begin 89 (telecom); no network code does (MCCs begin 2 to 7).
    if (digits.startsWith('89')) return digits.length >= MIN_ICCID_DIGITS ? { kind: 'iccid', text: digits } : undefined
    return digits.length === 5 || digits.length === 6 ? { kind: 'mcc-mnc', text: digits } : undefined
  }
  return { kind: 'name', text: trimmed.toLowerCase() }
}

/** The rows that answer `input`, in table order; none when it matches nothing (or is too short to tell). */
export function matchRows<R extends MatchRow>(rows: readonly R[], input: string): R[] {
  const query = readQuery(input)
  if (!query) return []
  return rows.filter((row) => {
    if (query.kind === 'iccid') return row.kind === 'iccid' && query.text.startsWith(row.value)
    if (query.kind === 'mcc-mnc') return row.kind === 'mcc-mnc' && digitsOnly(row.value) === query.text
    return (row.kind === 'apn' || row.kind === 'network-name') && row.value.toLowerCase() === query.text
  })
}
