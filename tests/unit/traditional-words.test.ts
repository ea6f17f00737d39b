import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { type TermOverrides, toTraditional } from '../../lib/i18n/traditional'
import { checkUiWording, findForbidden } from '../../lib/pipeline/checks/traditional-words'
import { type ForbiddenWords, readTraditionalOverrides } from '../../lib/pipeline/derive-traditional'
import { ROOT } from './helpers'

/** The real word list, content/traditional.yaml, on sentences of the kind the guides write. */
let overrides: TermOverrides
let forbidden: ForbiddenWords
let japanese: string[]
beforeAll(async () => {
  ;({ overrides, forbidden, japanese } = await readTraditionalOverrides(ROOT, path.join(ROOT, 'content')))
})
const hant = (text: string) => toTraditional(text, overrides)

describe('Traditional Chinese as Taiwan writes it', () => {
  it('uses Taiwan words for the mainland ones', () => {
    expect(hant('在门店或便利店买流量套餐，通过渠道反馈，扫二维码；后台应用')).toBe(
      '在門市或便利商店買上網方案，透過管道意見回饋，掃 QR Code；背景 App',
    )
    expect(hant('运营商发来短信；手机的网络设置；默认软件；卸载；激活')).toBe(
      '電信業者發來簡訊；手機的網路設定；預設軟體；解除安裝；開通',
    )
    expect(hant('查剩余流量，没流量了？')).toBe('查剩餘數據量，沒網路了？')
  })

  it('names phone menus as a Taiwanese phone shows them', () => {
    expect(hant('iPhone 在“设置 › 蜂窝网络”，Android 在“设置 › 网络和互联网 › 流量使用情况”')).toBe(
      'iPhone 在“設定 › 行動服務”，Android 在“設定 › 網路和網際網路 › 數據用量”',
    )
  })

  it('never reads a phrase across a word boundary (隻能, 說明瞭) nor uses computing jargon (型別, 網絡卡, 程式碼)', () => {
    expect(hant('每天最多只能收 P200')).toBe('每天最多只能收 P200')
    expect(hant('Smart 只说明了在菲律宾境内')).toBe('Smart 只說明了在菲律賓境內')
    expect(hant('随身 WiFi、上网卡')).toBe('隨身 WiFi、上網卡')
    expect(hant('卡的类型；USSD 代码；发布日期')).toBe('卡的類型；USSD 代碼；發佈日期')
    // The script is still converted phrase by phrase where it matters.
    expect(hant('头发、发送、干净、里面')).toBe('頭髮、傳送、乾淨、裡面')
  })

  it('keeps Japanese as written, kana or not', () => {
    expect(hant('查号台（番号案内），合约编号（契約番号），网络密码（ネットワーク暗証番号）')).toBe(
      '查號臺（番号案内），合約編號（契約番号），網路密碼（ネットワーク暗証番号）',
    )
  })

  it('finds a forbidden word with its line and column, but not inside Japanese or an address', () => {
    expect(findForbidden('第一行\n買流量套餐', forbidden, japanese)).toEqual([
      { word: '套餐', instead: '方案', line: 2, column: 4 },
      { word: '流量', instead: expect.any(String), line: 2, column: 2 },
    ])
    expect(findForbidden('「データ流量を確認」 https://example.com/套餐', forbidden, japanese)).toEqual([])
    expect(checkUiWording({ a: { b: '買套餐' }, c: ['短信'] }, forbidden, japanese)).toMatchObject([
      { file: 'lib/i18n/zh.ts', field: 'a.b', severity: 'error' },
      { file: 'lib/i18n/zh.ts', field: 'c.0', severity: 'error' },
    ])
  })
})
