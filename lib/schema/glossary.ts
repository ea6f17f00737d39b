import { z } from 'zod'
import { LOCALES } from '../i18n/locales'

const word = z.string().trim().min(1, 'expected a word or phrase').max(40, 'expected at most 40 characters')

/** One thing and the one word the site uses for it in one language, with the words that drift in beside it. */
export const glossaryTermSchema = z.strictObject({
  locale: z.enum(LOCALES).meta({ description: 'The language the rule is for.' }),
  preferred: word.meta({ description: 'The term to write.' }),
  avoid: z
    .array(word)
    .min(1, 'expected at least one word to avoid')
    .meta({ description: 'Words that mean the same thing and must not be used for it.' }),
  meaning: z.string().min(1).optional().meta({ description: 'What the term names, for editors.' }),
})

/** `content/glossary.yaml`: one term per thing, enforced by the content check and known to search. */
export const glossarySchema = z.strictObject({ terms: z.array(glossaryTermSchema).default([]) })
export type Glossary = z.infer<typeof glossarySchema>
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>
