import { z } from 'zod'
import { LOCALES } from '../i18n/locale-codes'
import { methodKindSchema } from '../schema/method'
import { taskSchema } from '../schema/task'
import { hasUnsafeCharacters, normaliseLineBreaks } from './unsafe-text'

/** What went wrong, when a method did not work: a closed set, so reports can be counted. */
export const REASONS = ['not-recognised', 'charged', 'looks-different', 'no-answer', 'other'] as const
export type Reason = (typeof REASONS)[number]

/**
 * Where the traveller is (optional, chosen, never located): the carriers' countries and the places most
 * of our readers travel from. ISO 3166 codes; names come from ICU in the reader's language.
 */
export const COUNTRIES = ['PH', 'JP', 'CN', 'HK', 'TW', 'MO', 'SG', 'MY', 'KR', 'TH', 'US', 'GB', 'AU'] as const

export const NOTE_MAX = 300
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,64}$/
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
    note: z.preprocess(
      // A textarea's line breaks arrive as CRLF: stored as LF (and counted as one character, as the browser does).
      (value) => (typeof value === 'string' ? normaliseLineBreaks(value).trim() || undefined : value),
      z
        .string()
        .max(NOTE_MAX)
        // Notes are plain text read by editors in a terminal or a spreadsheet: markup, control and
        // bidirectional-override characters are refused.
        .refine((note) => !/<\s*\/?\s*[a-z!?]/i.test(note), 'no HTML in the note')
        .refine((note) => !hasUnsafeCharacters(note), 'no control or bidirectional-override characters in the note')
        .optional(),
    ),
    country: optional(z.enum(COUNTRIES)),
    /** Set by the form (or by the server on a plain first post): a retry with the same token is stored once. */
    token: optional(z.string().regex(TOKEN_PATTERN)),
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
): { ok: true; value: Submission } | { ok: false; error: string; field?: string } {
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
      // The one field a traveller types: a refusal names it, so they know what to change.
      field: result.error.issues.some((issue) => issue.path[0] === 'note') ? 'note' : undefined,
    }
  return { ok: true, value: result.data }
}

/** The fields a form has, to give back what a traveller typed with a refusal (unchecked: shown, never stored). */
export const FORM_FIELDS = [
  'locale',
  'carrier',
  'task',
  'method',
  'from',
  'worked',
  'reason',
  'note',
  'country',
  'token',
] as const
export type TypedFields = Partial<Record<(typeof FORM_FIELDS)[number], string>>

export function typedFields(query: string, body: string): TypedFields {
  const typed: TypedFields = {}
  for (const [key, value] of [...new URLSearchParams(query), ...new URLSearchParams(body)])
    if ((FORM_FIELDS as readonly string[]).includes(key) && !(key in typed))
      typed[key as keyof TypedFields] = normaliseLineBreaks(value).slice(0, NOTE_MAX * 2)
  return typed
}
