import type { MethodSection } from './schema/method'

/**
 * The action a method page leads with, in a few words for its description: the code, number, text or
 * name. A new method kind fails to compile here until it says what its action is.
 */
export function methodAction(section: MethodSection): string {
  switch (section.kind) {
    case 'ussd':
      return section.code
    case 'sms':
      return section.messages.map((message) => `${message.body} → ${message.to}`).join(' / ')
    case 'hotline':
      return section.numbers.map((line) => line.number).join(' / ')
    case 'store':
      return section.where
    case 'voucher':
    case 'third-party':
    case 'app':
    case 'website':
      return section.name
  }
}
