import type { Dictionary } from '@/lib/i18n'

/** The island that adds the copy buttons (islands/copy.ts, built by scripts/build-islands.mjs). */
export const COPY_ISLAND = '/islands/copy.js'

/**
 * Text to type or paste (a code, an SMS body), shown large and monospaced. The copy island adds a button
 * once JavaScript runs, labelled from these data attributes; without it there is no button that cannot work.
 */
export function Copyable({
  text,
  t,
  className = 'action-code',
}: {
  text: string
  t: Dictionary['copyButton']
  className?: string
}) {
  return (
    <div className="copy-row" data-copy-label={t.label} data-copy-copied={t.copied} data-copy-failed={t.failed}>
      <code className={className}>{text}</code>
      {/* async: React writes it once per page, in <head>, however many codes there are. */}
      <script src={COPY_ISLAND} async />
    </div>
  )
}
