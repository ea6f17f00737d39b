import { z } from 'zod'
import { env } from '../../lib/env'

/**
 * The schema.org shapes this site promises, written independently of lib/structured-data.ts so a
 * change there is checked rather than trusted. Extra properties are allowed; missing or wrong ones fail.
 */
const onSite = z.url().refine((url) => url.startsWith(`${env.SITE_URL}/`), `expected a URL on ${env.SITE_URL}`)

export const listItemSchema = z.object({
  '@type': z.literal('ListItem'),
  position: z.int().positive(),
  name: z.string().min(1),
  item: onSite,
})

export const breadcrumbListSchema = z.object({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('BreadcrumbList'),
  itemListElement: z
    .array(listItemSchema)
    .min(1)
    .refine((items) => items.every((item, index) => item.position === index + 1), 'positions must count 1, 2, 3…'),
})

export const organizationSchema = z.object({
  '@type': z.literal('Organization'),
  name: z.string().min(1),
  url: z.url(),
})
/** A carrier: its url is its official site, left out when no checked source names one (ahamo, LINEMO). */
const carrierSchema = organizationSchema.extend({ url: z.url().optional() })

export const articleSchema = z.object({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('Article'),
  // Google truncates headlines past 110 characters.
  headline: z.string().min(1).max(110),
  description: z.string().min(1),
  inLanguage: z.enum(['zh-Hans', 'zh-Hant', 'en']),
  dateModified: z.iso.date(),
  mainEntityOfPage: onSite,
  image: onSite,
  author: organizationSchema,
  publisher: organizationSchema,
  about: carrierSchema,
})

export const carrierOrganizationSchema = carrierSchema.extend({
  '@context': z.literal('https://schema.org'),
  contactPoint: z
    .array(
      z.object({ '@type': z.literal('ContactPoint'), telephone: z.string().min(3), contactType: z.string().min(1) }),
    )
    .optional(),
})

/** Types this site may publish. HowTo and FAQPage rich results are retired; they must not appear. */
export const ALLOWED_TYPES = ['BreadcrumbList', 'Article', 'Organization']
