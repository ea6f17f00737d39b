/** Highlighted text from lib/search/highlight: odd parts are matches. Rendered as text, so always escaped. */
export function Marked({ parts }: { parts: string[] }) {
  // biome-ignore lint/suspicious/noArrayIndexKey: the parts never reorder; their position is their identity.
  return <>{parts.map((part, index) => (index % 2 ? <mark key={index}>{part}</mark> : part))}</>
}
