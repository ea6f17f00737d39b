import { z } from 'zod'

/** Environment, validated once. SITE_URL is the public origin used for canonical URLs and the sitemap. */
const envSchema = z.object({
  SITE_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:3000'),
})

export const env = envSchema.parse({ SITE_URL: process.env.SITE_URL || undefined })
