import { z } from 'zod'
import { methodKindSchema } from './method'
import { taskSchema } from './task'

const term = z.string().trim().min(1, 'expected a word or phrase').max(40, 'expected at most 40 characters')

/** A page's path without the locale (`topics/out-of-data`, `which-sim`); a `*` part stands for any one part. */
const pagePattern = z
  .string()
  .regex(/^[a-z0-9*-]+(\/[a-z0-9*-]+)*$/, 'expected a path without the locale, e.g. topics/out-of-data or */card')

/**
 * One group of words that mean the same thing to a traveller (流量 = data = データ = ギガ). A group may also
 * name the task or method it asks for, or the pages it is about: a query containing one of its words then
 * ranks guides for that task (or with that method), or those pages, first.
 */
export const synonymGroupSchema = z
  .strictObject({
    task: taskSchema.optional(),
    method: methodKindSchema.optional(),
    /** The pages these words ask for (a topic, every carrier's card): they rank beside the guides of a named task. */
    pages: z.array(pagePattern).min(1).optional(),
    terms: z.array(term).min(1, 'expected at least one term'),
  })
  .refine((group) => group.task || group.method || group.pages || group.terms.length >= 2, {
    message: 'a plain group needs at least two terms (or a task, method or pages it stands for)',
    path: ['terms'],
  })

/** `content/search-synonyms.yaml`: the search vocabulary editors extend without touching code. */
export const searchSynonymsSchema = z.strictObject({
  /** Words too common to search for (怎么, how, the…): left out of queries, never out of the index. */
  stopwords: z.array(term).default([]),
  groups: z.array(synonymGroupSchema).default([]),
})

export type SynonymGroup = z.infer<typeof synonymGroupSchema>
export type SearchSynonyms = z.infer<typeof searchSynonymsSchema>
