import path from 'node:path'
import { z } from 'zod'

/**
 * Where reports go, validated once. DATABASE_URL (a postgres:// URL) selects PostgreSQL; without it the
 * embedded store (PGlite) lives in `<SIM_HELPER_DATA_DIR>/feedback`, `.data/` by default. `npm start`
 * passes the data folder as an absolute path, because the standalone server changes its working directory.
 */
const configSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL')
    .optional(),
  SIM_HELPER_DATA_DIR: z.string().default('.data'),
  /** Reports accepted per client address per hour, over all pages. */
  FEEDBACK_LIMIT_PER_HOUR: z.coerce.number().int().positive().default(30),
  /** Reports accepted per client address per hour for one method of one guide. */
  FEEDBACK_LIMIT_PER_PAGE: z.coerce.number().int().positive().default(3),
})

export type FeedbackConfig = z.infer<typeof configSchema> & { dataDir: string }

export function parseFeedbackConfig(source: Record<string, string | undefined>): FeedbackConfig {
  const blankless = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''))
  const result = configSchema.safeParse(blankless)
  if (!result.success) throw new Error(`Invalid environment:\n${z.prettifyError(result.error)}`)
  return { ...result.data, dataDir: path.resolve(result.data.SIM_HELPER_DATA_DIR) }
}

let cached: FeedbackConfig | undefined
export const feedbackConfig = (): FeedbackConfig => (cached ??= parseFeedbackConfig(process.env))
