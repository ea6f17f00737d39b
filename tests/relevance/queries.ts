/**
 * Real traveller queries and the guide that must come first (`within: 1`) or in the top 3. Written the way
 * people type on a phone: mixed scripts, no spaces, Japanese brand names, typos, full-width letters.
 * Ranks are asserted, never counts, so more carriers and guides can arrive without breaking this set.
 * The site has zh, zh-hant and en pages; Japanese queries are tried in zh and en, as travellers type them into
 * either. Traditional queries, with the words of Taiwan and Hong Kong, run on the zh-hant site and, crossing
 * the script line, on the Simplified one.
 */
import type { Locale } from '../../lib/i18n/locale-codes'
import { pageMatches } from '../../lib/search/documents'

export interface RelevanceCase {
  locale: Locale
  query: string
  /**
   * The page's path without the locale: `<carrier>/<task>` for a guide, `topics/<slug>`, `<carrier>/card`,
   * `<carrier>`; a `*` part matches any one part (`*` + `/top-up`: any top-up guide).
   */
  expect: string
  within: 1 | 3
}

const zh = (query: string, expect: string, within: 1 | 3 = 1): RelevanceCase => ({
  locale: 'zh',
  query,
  expect,
  within,
})
const en = (query: string, expect: string, within: 1 | 3 = 1): RelevanceCase => ({
  locale: 'en',
  query,
  expect,
  within,
})

const hant = (query: string, expect: string, within: 1 | 3 = 1): RelevanceCase => ({
  locale: 'zh-hant',
  query,
  expect,
  within,
})

export const RELEVANCE_CASES: RelevanceCase[] = [
  // Traditional Chinese, as typed in Taiwan and Hong Kong, into the zh-hant site
  hant('smart 儲值', 'smart/top-up'),
  hant('smart 增值', 'smart/top-up'),
  hant('smart 充值', 'smart/top-up'),
  hant('docomo 剩餘流量', 'docomo/check-data'),
  hant('docomo 查詢流量', 'docomo/check-data'),
  hant('smart 簡訊儲值', 'smart/top-up'),
  hant('smart 短訊增值', 'smart/top-up'),
  hant('smart 短信', 'smart/top-up'),
  hant('軟銀 客服電話', 'softbank/check-data', 3),
  // Two Philippine networks have guides now (Smart, Globe): a query naming only the country says what it wants.
  hant('菲律賓 剩餘流量', 'smart/check-data', 3),
  hant('smart 流動數據', 'smart/check-data', 3),
  hant('樂天 儲值', 'rakuten-mobile/top-up'),
  // …and into the Simplified site: a Traditional query finds Simplified text
  zh('smart 儲值', 'smart/top-up'),
  zh('smart 簡訊', 'smart/top-up'),
  zh('docomo 剩餘流量', 'docomo/check-data'),
  zh('smart 增值', 'smart/top-up'),
  // Chinese, as typed into the Chinese site
  zh('docomo 剩余流量', 'docomo/check-data'),
  zh('docomo 怎么查剩余流量', 'docomo/check-data'),
  zh('都科摩 查流量', 'docomo/check-data'),
  zh('多科摩流量用完了', 'docomo/top-up'),
  zh('docomo 151', 'docomo/check-data'),
  zh('0120-800-000', 'docomo/check-data', 3),
  zh('0120800000', 'docomo/check-data', 3),
  zh('smart 充值', 'smart/top-up'),
  zh('ＳＭＡＲＴ 充值', 'smart/top-up'),
  zh('📱 smart 充值 💸', 'smart/top-up'),
  zh('怎么给菲律宾卡充值', 'smart/top-up'),
  zh('儲值 smart', 'smart/top-up'),
  zh('smart 查余额', 'smart/check-balance'),
  zh('smart余额查询', 'smart/check-balance'),
  zh('GigaLife 余额', 'smart/check-balance'),
  zh('*123#', 'smart/check-balance', 3),
  zh('*123#', 'smart/check-data', 3),
  zh('斯玛特 流量', 'smart/check-data', 3),
  zh('smart 保号', 'smart/renew'),
  zh('菲律宾卡 有效期', 'smart/renew', 3), // Globe is a Philippine card too
  zh('smart卡过期了怎么办', 'smart/renew'),
  zh('pasaload', 'smart/top-up', 3),
  zh('1510 充值卡', 'smart/top-up', 3),
  zh('软银 客服电话', 'softbank/check-data'),
  zh('軟銀 剩餘流量', 'softbank/check-data'),
  zh('软银 流量', 'softbank/check-data', 3),
  zh('softbank 追加データ', 'softbank/top-up'),
  zh('au 流量不够怎么加', 'au/top-up'),
  zh('KDDI 充值', 'au/top-up'),
  zh('日本 au 客服', 'au/check-data'),
  zh('au 中文客服', 'au/check-data'),
  zh('au流量', 'au/check-data', 3),
  // Japanese, into either site
  zh('ドコモ データ残量', 'docomo/check-data'),
  en('ドコモ データ残量', 'docomo/check-data'),
  zh('ドコモ ギガ残量', 'docomo/check-data'),
  zh('スピードモード', 'docomo/top-up'),
  zh('ソフトバンク チャージ', 'softbank/top-up'),
  en('ソフトバンク チャージ', 'softbank/top-up'),
  zh('エーユー データチャージ', 'au/top-up'),
  en('スマート 残高', 'smart/check-balance'),
  // English, as typed into the English site (and some into the Chinese one)
  en('load smart prepaid', 'smart/top-up'),
  en('eload smart', 'smart/top-up'),
  en('TNT load', 'smart/top-up'),
  en('philippines top up', 'smart/top-up'),
  en('smart 充值', 'smart/top-up'),
  en('how to check balance smart', 'smart/check-balance'),
  en('smart balance *123#', 'smart/check-balance'),
  en('keep smart sim active', 'smart/renew'),
  en('smart sim expiry roaming', 'smart/renew'),
  en('PASADATA', 'smart/top-up', 3),
  en('check data docomo', 'docomo/check-data'),
  en('my docomo app', 'docomo/check-data', 3),
  en('docomo 1GB add data', 'docomo/top-up'),
  en('docomo speed mode', 'docomo/top-up'),
  en('softbank customer service number', 'softbank/check-data'),
  en('remaining data softbank', 'softbank/check-data'),
  en('recharge softbank prepaid credit card', 'softbank/top-up'),
  en('au data charge', 'au/top-up'),
  en('au english hotline', 'au/check-data'),
  en('0120-959-472', 'au/check-data', 3),
  zh('load smart prepaid', 'smart/top-up'),
  // Typos
  en('docmo data left', 'docomo/check-data'),
  en('softbnak recharge', 'softbank/top-up'),
  en('smrat reload', 'smart/top-up'),
  en('gigalfe', 'smart/check-data', 3),
  en('remainig data au', 'au/check-data'),
  zh('docmo 剩余流量', 'docomo/check-data'),
  // Globe (with TM) and the carriers added with it, by the names travellers type
  zh('环球电信 查余额', 'globe/check-balance'),
  zh('菲律宾环球电信 流量', 'globe/check-data', 3),
  hant('環球電信 儲值', 'globe/top-up'),
  en('globe *143#', 'globe/check-balance', 3),
  en('TM utang load', 'globe/top-up'),
  en('nomad esim data left', 'nomad/check-data'),
  zh('ワイモバイル 追加データ', 'ymobile/top-up'),
  en('csl prepaid data pack', 'csl/top-up'),
  // Pages beside the guides: topics and out-of-data cards, asked for in the traveller's own words
  zh('我的卡是哪家运营商的？', 'topics/which-carrier'),
  zh('我的卡是哪个运营商', 'topics/which-carrier', 3),
  zh('流量用完了怎么办', 'topics/out-of-data'),
  zh('流量用完了怎么办', '*/card', 3),
  zh('没余额怎么充值', '*/top-up'),
  zh('smart 没流量了', 'smart/card', 3),
  hant('我的卡是哪家電信', 'topics/which-carrier'),
  hant('我的卡是哪家運營商的？', 'topics/which-carrier', 3),
  hant('流量用完了怎麼辦', 'topics/out-of-data'),
  hant('流量用完了怎麼辦', '*/card', 3),
  hant('沒餘額怎麼儲值', '*/top-up'),
  en('which carrier is my SIM', 'topics/which-carrier'),
  en('out of data', 'topics/out-of-data'),
  en('out of data', '*/card', 3),
  en('no balance top up', '*/top-up'),
  en('smart out of data', 'smart/card'),
  // The which-SIM page, by its clues and beside the topic
  zh('我的卡是哪个运营商', 'which-sim', 3),
  zh('ICCID 898110', 'which-sim', 3),
  hant('我的卡是哪家電信', 'which-sim', 3),
  en('which carrier is my SIM', 'which-sim', 3),
  en('MCC-MNC 440-10', 'which-sim', 3),
]

/** The rank (1 = first) of the first page id matching `expected`, or 0 when none does. */
export function rankOf(ranked: string[], expected: string): number {
  return ranked.findIndex((id) => pageMatches(expected, id)) + 1
}
