/**
 * Characters a note may not hold: C0 and C1 controls other than tab and line feed (CR is normalised to LF
 * first), DEL, the line and paragraph separators, and the bidirectional overrides and isolates, which can
 * make a note read differently from what it is in a terminal or a spreadsheet ("Trojan Source").
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
export const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/** Line breaks as browsers send them in a form (CRLF) or old Macs did (CR), as LF. */
export const normaliseLineBreaks = (text: string) => text.replace(/\r\n?/g, '\n')

export const hasUnsafeCharacters = (text: string) => new RegExp(UNSAFE_CHARACTERS.source).test(text)

/** Shown as `\u202e`, for every place a stored note is printed (a note stored before it was refused). */
export const escapeUnsafe = (text: string) =>
  text.replace(UNSAFE_CHARACTERS, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
