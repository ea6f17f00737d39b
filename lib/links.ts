/**
 * Links that make a phone act. `tel:` keeps only what a dialler understands; `#` must be written `%23`
 * or Android cuts the number at it (RFC 3966). `sms:` puts the body in `?body=` (RFC 5724), which
 * current iOS and Android both prefill.
 */
export function telHref(number: string): string {
  const dialable = number.replace(/[^0-9+*#]/g, '')
  return `tel:${dialable.replace(/#/g, '%23')}`
}

export function smsHref(to: string, body: string): string {
  return `sms:${to.replace(/[^0-9+]/g, '')}?body=${encodeURIComponent(body)}`
}
