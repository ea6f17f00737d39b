import type { Dictionary } from '@/lib/i18n'
import { CopyButton } from './copy-button'

/** Text to type or paste (a code, an SMS body), shown large and monospaced, with a copy button once JS runs. */
export function Copyable({ text, t, className = 'action-code' }: { text: string; t: Dictionary; className?: string }) {
  return (
    <div className="copy-row">
      <code className={className}>{text}</code>
      <CopyButton
        text={text}
        label={t.copyButton.label}
        copiedLabel={t.copyButton.copied}
        failedLabel={t.copyButton.failed}
      />
    </div>
  )
}
