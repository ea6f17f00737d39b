import { describe, expect, it } from 'vitest'
import { carrierFileSchema } from '../../lib/schema/carrier'

const entry = { name: { zh: 'ahamo', en: 'ahamo' }, country: 'JP', kind: 'sub-brand', host: 'docomo' }

describe('a carrier registry entry', () => {
  it('may leave out the website when no checked source names one', () => {
    const parsed = carrierFileSchema.parse(entry)
    expect(parsed.website).toBeUndefined()
    expect(parsed).toMatchObject({ aliases: [], apps: [], hotlines: [] })
  })

  it('still rejects a website that is not https', () => {
    const result = carrierFileSchema.safeParse({ ...entry, website: 'http://ahamo.example/' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]).toMatchObject({ path: ['website'], message: 'expected an absolute https:// URL' })
  })
})
