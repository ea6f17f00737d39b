import type { Dictionary } from './zh'

/**
 * The hand-written part of the Traditional Chinese UI strings (lib/i18n/zh-hant.ts is generated from zh.ts):
 * words where readers in Taiwan and Hong Kong expect another word than OpenCC's, the same list as
 * content/traditional.yaml (a unit test compares them), and strings that are not conversions at all.
 */
export const UI_TERMS: ReadonlyMap<string, string> = new Map([
  ['充值', '儲值'],
  ['运营商', '電信業者'],
  ['转账', '轉帳'],
  ['卡里', '卡裡'],
  ['代码', '代碼'],
  ['发布', '發佈'],
  ['发卡', '發卡'],
  ['账户', '帳戶'],
  ['账号', '帳號'],
  ['账单', '帳單'],
  ['到账', '到帳'],
  ['蜂窝网络', '行動服務'],
  ['蜂窝数据', '行動數據'],
  ['当前周期', '目前週期'],
  ['应用的流量使用情况', '應用程式數據用量'],
])

export const WRITTEN = { languageName: '繁體中文' } satisfies Partial<Dictionary>
