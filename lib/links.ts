import type { MethodSection } from './schema/method'

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

/**
 * Whether an iPhone dials this number from a `tel:` link. iOS refuses links containing `*` or `#`
 * ("the Phone app does not attempt to dial the corresponding phone number": Apple URL Scheme Reference,
 * https://developer.apple.com/library/archive/featuredarticles/iPhoneURLScheme_Reference/PhoneLinks/PhoneLinks.html),
 * so a USSD code such as `*123#` or a short code such as `*888` only dials from a link on Android;
 * on iOS it must be typed or pasted into the keypad.
 */
export function dialsFromLinkOnIos(number: string): boolean {
  return !/[*#]/.test(number)
}

/**
 * Whether a page states the iPhone dialling hint (decision 003): once per page, above everything it
 * shows, when any action or plain number on it is a code iOS will not dial from a link.
 */
export function showsIosHint({
  sections = [],
  numbers = [],
}: {
  sections?: MethodSection[]
  numbers?: Array<{ number: string }>
}): boolean {
  return sections.some(needsIosHint) || numbers.some((line) => !dialsFromLinkOnIos(line.number))
}

/** Whether a method shows a number iPhones will not dial from a link, so the page must say how to dial it. */
export function needsIosHint(section: MethodSection): boolean {
  const numbers =
    section.kind === 'ussd'
      ? [section.code]
      : section.kind === 'hotline'
        ? section.numbers.map((entry) => entry.number)
        : section.kind === 'voucher'
          ? (section.dial ?? []).map((route) => route.number)
          : []
  return numbers.some((number) => !dialsFromLinkOnIos(number))
}

/** `<PIN>`-style placeholders in an SMS body that the traveller must replace before sending. */
export function hasPlaceholder(text: string): boolean {
  return /<[^<>]+>/.test(text)
}

/** The host a link goes to, as a traveller recognises it (`my.smart.com.ph`), for showing next to the link. */
export function displayHost(url: string): string {
  return new URL(url).host.replace(/^www\./, '')
}
