import { z } from 'zod'
import { LOCALES } from '../i18n/locale-codes'
import { methodKindSchema } from '../schema/method'
import { taskSchema } from '../schema/task'

/** What went wrong, when a method did not work: a closed set, so reports can be counted. */
export const REASONS = ['not-recognised', 'charged', 'looks-different', 'no-answer', 'other'] as const
export type Reason = (typeof REASONS)[number]

/**
 * Where the traveller is (optional, chosen, never located): the carriers' countries and the places most
 * of our readers travel from. ISO 3166 codes; names come from ICU in the reader's language.
 */
export const COUNTRIES = ['PH', 'JP', 'CN', 'HK', 'TW', 'MO', 'SG', 'MY', 'KR', 'TH', 'US', 'GB', 'AU'] as const

export const NOTE_MAX = 300
/** A form with a full note is about 1.3 KB urlencoded (CJK is 9 bytes a character); anything larger is refused. */
export const BODY_MAX_BYTES = 4096

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional())

/** One "did this work?" answer as the form posts it. Ids are checked against the content afterwards. */
export const submissionSchema = z
  .object({
    locale: z.enum(LOCALES),
    carrier: z.string().regex(/^[a-z0-9-]{1,40}$/),
    task: taskSchema,
    method: methodKindSchema,
    from: z.enum(['guide', 'method']),
    worked: z.enum(['yes', 'no']),
    reason: optional(z.enum(REASONS)),
    note: optional(
      z
        .string()
        .trim()
        .max(NOTE_MAX)
        // Notes are plain text read by editors in a terminal or a spreadsheet: markup and control characters are refused.
        .refine((note) => !/<\s*\/?\s*[a-z!?]/i.test(note), 'no HTML in the note')
        // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
        .refine((note) => !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(note), 'no control characters in the note'),
    ),
    country: optional(z.enum(COUNTRIES)),
  })
  .strict()
  .transform((value) => (value.worked === 'yes' ? { ...value, reason: undefined } : value))

export type Submission = z.infer<typeof submissionSchema>

/**
 * Parse a report from the action's query (what it is about) and the urlencoded body (the answer); fields
 * may come from either, but a field given twice is refused rather than silently picking one.
 */
export function parseSubmission(
  query: string,
  body: string,
): { ok: true; value: Submission } | { ok: false; error: string } {
  const fields: Record<string, string> = {}
  for (const [key, value] of [...new URLSearchParams(query), ...new URLSearchParams(body)]) {
    if (key in fields) return { ok: false, error: `repeated field ${key}` }
    fields[key] = value
  }
  const result = submissionSchema.safeParse(fields)
  if (!result.success)
    return {
      ok: false,
      error: result.error.issues.map((issue) => `${issue.path.join('.') || 'form'}: ${issue.message}`).join('; '),
    }
  return { ok: true, value: result.data }
}
