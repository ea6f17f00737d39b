import type { Dictionary } from '@/lib/i18n'
import type { CodeRow } from '@/lib/views/which-sim'
import { format } from '@/lib/i18n'
import { CompanyName, CompanyNames } from './company-name'

/**
 * One kind of clue as a table: each value, the company (or companies) it points to, what the sources do not
 * say, and the other SIMs on the same network. The lookup island answers with copies of these rows.
 */
export function CodeTable({
  caption,
  rows,
  sourceNumber,
  t,
}: {
  caption: string
  rows: CodeRow[]
  sourceNumber: (key: string) => number
  t: Dictionary['whichSim']
}) {
  return (
    <div className="table-scroll">
      <table className="code-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.value}</th>
            <th scope="col">{t.company}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <CodeTableRow key={row.id} row={row} sourceNumber={sourceNumber} t={t} />
          ))}
        </tbody>
      </table>
    </div>
  )
}

export function CodeTableRow({
  row,
  sourceNumber,
  t,
}: {
  row: CodeRow
  sourceNumber: (key: string) => number
  t: Dictionary['whichSim']
}) {
  return (
    <tr id={row.id}>
      <th scope="row">
        <code>{row.value}</code>
      </th>
      <td>
        {row.answers.map((answer) => (
          <p key={answer.company.id}>
            <strong>
              <CompanyName company={answer.company} />
            </strong>
            {answer.unconfirmed ? <span className="tag tag-caution">{t.unconfirmed}</span> : null}
            {answer.disputed ? <span className="tag tag-caution">{t.disputed}</span> : null}
            {answer.sources.map((key) => {
              const number = sourceNumber(key)
              return (
                <sup key={key} className="source-ref">
                  <a href={`#source-${key}`} aria-label={format(t.sourceRef, { number })}>
                    {number}
                  </a>
                </sup>
              )
            })}
            {answer.note ? <span className="muted code-note">{answer.note}</span> : null}
          </p>
        ))}
        {row.onNetwork.length ? (
          <p className="muted">
            {t.onNetwork} <CompanyNames companies={row.onNetwork} />
          </p>
        ) : null}
      </td>
    </tr>
  )
}
