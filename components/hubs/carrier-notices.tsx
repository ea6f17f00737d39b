import type { Dictionary, Locale } from '@/lib/i18n'
import type { Carrier } from '@/lib/schema/carrier'
import type { Task } from '@/lib/schema/task'

/** The carrier's wrong-advice rebuttals that belong on a page: all on the hub, a guide's own on a guide. */
export function wrongAdviceFor(carrier: Carrier, task?: Task): Carrier['wrongAdvice'] {
  return carrier.wrongAdvice.filter((item) => !task || !item.tasks || item.tasks.includes(task))
}

/**
 * Advice travellers bring from other articles that a checked source shows wrong, each with what to do
 * instead, so a reader who arrives with "dial 104" reads here that it is wrong before trying it.
 */
export function WrongAdvice({
  items,
  t,
  locale,
}: {
  items: Carrier['wrongAdvice']
  t: Dictionary['reach']
  locale: Locale
}) {
  if (!items.length) return null
  return (
    <section aria-labelledby="wrong-advice" className="wrong-advice">
      <h2 id="wrong-advice">{t.wrongAdvice}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.claim.en}>
            <p>
              <strong>{t.wrongClaim}:</strong> {item.claim[locale]}
            </p>
            <p>
              <strong>{t.instead}:</strong> {item.instead[locale]}
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** Short notes on the carrier page, such as what the site knows about a product without its own guides. */
export function CarrierNotes({
  notes,
  t,
  locale,
}: {
  notes: Carrier['notes']
  t: Dictionary['reach']
  locale: Locale
}) {
  if (!notes.length) return null
  return (
    <section aria-labelledby="carrier-notes">
      <h2 id="carrier-notes">{t.notes}</h2>
      {notes.map((note) => (
        <div key={note.title.en} className="carrier-note">
          <h3>{note.title[locale]}</h3>
          <p>{note.text[locale]}</p>
        </div>
      ))}
    </section>
  )
}
