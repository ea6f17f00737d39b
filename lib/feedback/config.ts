import path from 'node:path'
import { z } from 'zod'

/** A postgres:// URL that names a host (or a socket folder in `?host=`): a typo fails at start, not per report. */
const databaseUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
  .refine((value) => {
    if (!URL.canParse(value)) return false
    const url = new URL(value)
    return Boolean(url.hostname || url.searchParams.get('host'))
  }, 'must be a postgres:// URL with a host, e.g. postgres://user:password@db.example:5432/sim_helper')

/**
 * Where reports go, validated once, when the server starts (instrumentation.ts exits naming a wrong
 * setting). DATABASE_URL (a postgres:// URL) selects PostgreSQL; without it the embedded store (PGlite)
 * lives in `<SIM_HELPER_DATA_DIR>/feedback`, `.data/` by default. `npm start` passes the data folder as an
 * absolute path, because the standalone server changes its working directory.
 */
const configSchema = z.object({
  DATABASE_URL: databaseUrl.optional(),
  SIM_HELPER_DATA_DIR: z.string().default('.data'),
  /**
   * Reports accepted per client address (an IPv6 /64) per hour, over all pages: generous, because many
   * travellers share one address behind a carrier's NAT.
   */
  FEEDBACK_LIMIT_PER_HOUR: z.coerce.number().int().positive().default(120),
  /** Reports accepted per client address per hour for one method of one guide. */
  FEEDBACK_LIMIT_PER_PAGE: z.coerce.number().int().positive().default(20),
  /** 1 behind a reverse proxy: the client is the last X-Forwarded-For hop, not the socket's peer. */
  FEEDBACK_TRUST_PROXY: z.enum(['0', '1']).optional(),
})

export type FeedbackConfig = z.infer<typeof configSchema> & { dataDir: string }

export class SettingError extends Error {}

export function parseFeedbackConfig(source: Record<string, string | undefined>): FeedbackConfig {
  const known = Object.keys(configSchema.shape)
  const given = Object.entries(source).filter(([key, value]) => known.includes(key) && value !== '')
  const result = configSchema.safeParse(Object.fromEntries(given))
  if (!result.success)
    throw new SettingError(
      `Invalid setting ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    )
  return { ...result.data, dataDir: path.resolve(result.data.SIM_HELPER_DATA_DIR) }
}

let cached: FeedbackConfig | undefined
export const feedbackConfig = (): FeedbackConfig => (cached ??= parseFeedbackConfig(process.env))
