/**
 * One real page per page type: the pages axe audits in both colour schemes and `npm run screenshots`
 * photographs. Chosen so each shows its richest case (a guide with a USSD code, an SMS and a voucher).
 */
export const PAGE_TYPES = [
  { name: 'home', path: '/zh' },
  { name: 'carrier-hub', path: '/zh/smart' },
  { name: 'article', path: '/zh/smart/top-up' },
  { name: 'article-en', path: '/en/docomo/check-data' },
  { name: 'article-zh-hant', path: '/zh-hant/docomo/check-data' },
  { name: 'carrier-hub-zh-hant', path: '/zh-hant/smart' },
  { name: 'method-page', path: '/zh/smart/top-up/voucher' },
  { name: 'method-hub', path: '/zh/methods/ussd' },
  { name: 'task-hub', path: '/zh/tasks/check-data' },
  { name: 'topic', path: '/zh/topics/which-carrier' },
  { name: 'which-sim', path: '/zh/which-sim' },
  { name: 'which-sim-en', path: '/en/which-sim' },
  { name: 'card', path: '/zh/smart/card' },
  { name: 'card-en', path: '/en/docomo/card' },
  { name: 'saved', path: '/en/saved' },
  { name: 'offline', path: '/zh/offline' },
] as const
