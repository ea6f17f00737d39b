import type { GetServerSideProps } from 'next'
import Head from 'next/head'
import { FeedbackDetails } from '@/components/feedback/feedback-details'
import { FEEDBACK_ISLAND } from '@/components/feedback/feedback-form'
import { SiteFooter, SiteHeader } from '@/components/layout/site-header'
import { getDictionary, isLocale, type Locale } from '@/lib/i18n'
import { feedbackAction, isOutcome, type Outcome, returnTo, statusOf } from '@/lib/feedback/responses'
import { FORM_FIELDS, type TypedFields } from '@/lib/feedback/submission'
import { routes } from '@/lib/routes'
import { METHODS, type MethodKind } from '@/lib/schema/method'
import { isTask, type Task } from '@/lib/schema/task'

/**
 * Where a browser lands when its report was refused without JavaScript (lib/feedback/responses.ts): why,
 * in the site's layout and the reader's language, answered with the refusal's status (429, 400, 503…),
 * and the form again as it was filled in, to send once more. Rendered per request like the search page,
 * with no framework script (docs/decisions/009-no-framework-javascript.md); never indexed or cached.
 */
export const config = { runtime: 'nodejs', unstable_runtimeJS: false }

type About = { carrier: string; task: Task; method: MethodKind; from: 'guide' | 'method' }
type Props = { locale: Locale; problem: Exclude<Outcome, 'saved'>; about: About | null; filled: TypedFields }

export const getServerSideProps: GetServerSideProps<Props> = async ({ params, query, res }) => {
  const locale = String(params?.locale)
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''
  const problem = first(query.problem)
  if (!isLocale(locale) || !isOutcome(problem) || problem === 'saved') return { notFound: true }
  const filled: TypedFields = {}
  for (const field of FORM_FIELDS) if (first(query[field])) filled[field] = first(query[field])
  const { carrier = '', task = '', method = '', from = '' } = filled
  const about =
    /^[a-z0-9-]{1,40}$/.test(carrier) &&
    isTask(task) &&
    (METHODS as readonly string[]).includes(method) &&
    (from === 'guide' || from === 'method')
      ? { carrier, task, method: method as MethodKind, from: from as About['from'] }
      : null
  res.statusCode = statusOf(problem)
  res.setHeader('Cache-Control', 'no-store')
  if (problem === 'limit') res.setHeader('Retry-After', '3600')
  if (problem === 'down') res.setHeader('Retry-After', '60')
  return { props: { locale, problem, about, filled } }
}

export default function FeedbackAnswer({ locale, problem, about, filled }: Props) {
  const t = getDictionary(locale)
  const back = about ? returnTo({ locale, ...about }).split('#')[0] : routes.home(locale)
  return (
    <>
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${t.feedback.errorTitle} · ${t.siteName}`}</title>
      </Head>
      <SiteHeader t={t} locale={locale} />
      <main id="main" className="wrap">
        <h1>{t.feedback.errorTitle}</h1>
        <p className="fb-problem">{t.feedback.errors[problem]}</p>
        {about ? (
          <div className="feedback">
            <p>{t.feedback.kept}</p>
            <FeedbackDetails
              t={t.feedback}
              locale={locale}
              method={about.method}
              action={feedbackAction({ locale, ...about })}
              filled={filled}
            />
          </div>
        ) : null}
        <p>
          <a href={back}>{t.feedback.back}</a>
        </p>
      </main>
      <SiteFooter t={t.footer} />
      {about ? <script src={FEEDBACK_ISLAND} async /> : null}
    </>
  )
}
