import { createHmac, randomBytes } from 'node:crypto'
import { isIPv4, isIPv6 } from 'node:net'
import type { FeedbackDb } from './schema'

/**
 * What one client controls of its address: an IPv4 address, or an IPv6 /64 (a phone or a home gets a
 * whole /64, and can change the rest at will, so counting full IPv6 addresses would count nothing).
 */
export function addressBucket(address: string): string {
  let value = address
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
  if (value.includes('%')) value = value.slice(0, value.indexOf('%')) // a zone index (fe80::1%eth0)
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(value)
  if (mapped) return mapped[1]
  if (isIPv4(value) || !isIPv6(value)) return value
  return `${expandIPv6(value).slice(0, 4).join(':')}::/64`
}

/** The eight groups of an IPv6 address, without leading zeros ("2001:db8::1" → 2001, db8, 0, … 1). */
function expandIPv6(address: string): string[] {
  let value = address
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(value)
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number)
    value = `${value.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head, tail] = value.split('::')
  const left = head ? head.split(':') : []
  const right = tail === undefined ? [] : tail ? tail.split(':') : []
  const zeros = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0')
  return [...left, ...zeros, ...right].map((group) => Number.parseInt(group, 16).toString(16))
}

/**
 * The day's key, shared by every instance on one database (the first to need it writes it). Keys older than
 * yesterday are deleted, so a stored bucket cannot be linked back to an address once its day is over.
 */
const keys = ((globalThis as { __simHelperDayKeys?: Map<string, Promise<Buffer>> }).__simHelperDayKeys ??= new Map())
export function dayKey(db: FeedbackDb, day: string): Promise<Buffer> {
  let key = keys.get(day)
  if (!key) {
    key = readDayKey(db, day).catch((error: unknown) => {
      keys.delete(day) // the database was down: ask again next time
      throw error
    })
    keys.clear()
    keys.set(day, key)
  }
  return key
}

async function readDayKey(db: FeedbackDb, day: string): Promise<Buffer> {
  await db
    .insertInto('feedback_day_key')
    .values({ day, key: randomBytes(32).toString('hex') })
    .onConflict((conflict) => conflict.column('day').doNothing())
    .execute()
  const yesterday = new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10)
  await db.deleteFrom('feedback_day_key').where('day', '<', yesterday).execute()
  const row = await db.selectFrom('feedback_day_key').select('key').where('day', '=', day).executeTakeFirstOrThrow()
  return Buffer.from(row.key, 'hex')
}

export const utcDay = (now: number) => new Date(now).toISOString().slice(0, 10)

/** A 16-bit bucket of the client's address under the day's key: enough to tell sources apart, not to find one. */
export async function sourceOf(db: FeedbackDb, address: string, now = Date.now()): Promise<number> {
  const key = await dayKey(db, utcDay(now))
  return createHmac('sha256', key).update(addressBucket(address)).digest().readUInt16BE(0)
}
