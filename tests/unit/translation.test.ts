import { describe, expect, it } from 'vitest'
import { translationFor } from '../../lib/translation'

const guideHref = (locale: string) => `/${locale}/smart/renew`
const hubOf = (locale: string) => ({ name: 'Smart', href: `/${locale}/smart` })

describe('the language switch', () => {
  it('keeps the traveller on the same guide when it is translated', () => {
    expect(translationFor('zh', ['zh', 'en'], guideHref, hubOf)).toEqual({ locale: 'en', href: '/en/smart/renew' })
    expect(translationFor('en', ['en', 'zh'], guideHref, hubOf)).toEqual({ locale: 'zh', href: '/zh/smart/renew' })
  })

  it('says there is no translation and offers the nearest page that exists, never a missing one', () => {
    expect(translationFor('zh', ['zh'], guideHref, hubOf)).toEqual({ locale: 'en', missing: { name: 'Smart', href: '/en/smart' } })
  })
})
