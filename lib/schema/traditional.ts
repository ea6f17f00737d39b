import { z } from 'zod'

/**
 * `content/traditional.yaml`: the editors' own Traditional words, which win over OpenCC's conversion of the
 * Simplified text (Simplified term → Traditional term), e.g. 充值: 儲值.
 */
export const traditionalOverridesSchema = z.strictObject({
  terms: z
    .record(
      z
        .string()
        .trim()
        .min(1)
        .max(40)
        .regex(/\p{Script=Han}/u, 'expected a Chinese term'),
      z.string().trim().min(1).max(40),
    )
    .default({})
    .meta({ description: 'Simplified term (as written in zh) → the Traditional term zh-hant pages use.' }),
})
export type TraditionalOverrides = z.infer<typeof traditionalOverridesSchema>
