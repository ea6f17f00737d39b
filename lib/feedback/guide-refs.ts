import type { Guide } from '../schema/content'
import type { GuideRef } from './report'

/** What the report needs from the content: each guide's methods and verified date. */
export const guideRefs = (guides: Guide[]): GuideRef[] =>
  guides.map((guide) => ({
    locale: guide.locale,
    carrier: guide.carrier,
    task: guide.task,
    verified: guide.verified,
    methods: guide.methods.map((section) => section.kind),
  }))
