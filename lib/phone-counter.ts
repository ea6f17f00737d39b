import type { Locale } from './i18n/locale-codes'

/** One official help page: its title as the page shows it, in the language it is linked in. */
export interface HelpPage {
  title: string
  url: string
}

/**
 * The phone's own data counter, said once for every check-data guide and out-of-data card: the platforms'
 * own help pages, in the locale's language where the vendor has one. The menu paths and explanations are
 * UI strings (`counter` in lib/i18n), so zh-hant gets its own menu names through the term overrides.
 * Apple's article HT201299 exists in every Apple locale; Android's help takes the language as `hl`.
 */
export const PHONE_COUNTER_SOURCES: Record<Locale, { iphone: HelpPage; android: HelpPage }> = {
  zh: {
    iphone: { title: 'Apple 支持：在 iPhone 或 iPad 上使用蜂窝数据', url: 'https://support.apple.com/zh-cn/HT201299' },
    android: {
      title: 'Android 帮助：Manage how your phone uses data',
      url: 'https://support.google.com/android/answer/7664193?hl=zh-Hans',
    },
  },
  'zh-hant': {
    iphone: { title: 'Apple 支援：在 iPhone 或 iPad 上使用行動數據', url: 'https://support.apple.com/zh-tw/HT201299' },
    android: {
      title: 'Android 說明：Manage how your phone uses data',
      url: 'https://support.google.com/android/answer/7664193?hl=zh-Hant',
    },
  },
  en: {
    iphone: {
      title: 'Apple Support: Use cellular data on your iPhone or iPad',
      url: 'https://support.apple.com/en-us/HT201299',
    },
    android: {
      title: 'Android Help: Manage how your phone uses data',
      url: 'https://support.google.com/android/answer/7664193?hl=en',
    },
  },
}
