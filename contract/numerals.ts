/**
 * Chinese numerals as people write them: 小写 (一二三), 大写 (壹贰叁, on cheques and
 * forms, and their traditional forms 貳參陸兩), 〇/零 (and the look-alike ○) for zero and 幺
 * for one (how a phone number is read aloud). One module,
 * so that the regulation splitter and the privacy detector read numbers the same way.
 */

/** Each digit character and its value. */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  // Look-alikes people type for 〇: the white circle and the large circle.
  '○': 0,
  '◯': 0,
  一: 1,
  壹: 1,
  幺: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  三: 3,
  叁: 3,
  叄: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
}

/** Place-value characters: 十/拾, 百/佰, 千/仟. */
export const CHINESE_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 }

const NUMERAL_CHARS = `${Object.keys(CHINESE_DIGITS).join('')}${Object.keys(CHINESE_UNITS).join('')}`

/** One or more numeral characters in a row, for building patterns. */
export const CHINESE_NUMERAL_RUN = new RegExp(`[${NUMERAL_CHARS}]+`, 'g')

/** 十二 → 12, 一百零一 → 101, 二十 → 20, 一千零五 → 1005, 壹佰零伍 → 105, 45 → 45; null when not a numeral. */
export function chineseNumeral(input: string): number | null {
  if (/^\d+$/.test(input)) return Number(input)
  if (input === '' || [...input].some((char) => !(char in CHINESE_DIGITS) && !(char in CHINESE_UNITS))) return null
  let total = 0
  let digit: number | null = null
  let lastUnit = Number.POSITIVE_INFINITY
  for (const char of input) {
    const value = CHINESE_DIGITS[char]
    if (value !== undefined) {
      if (digit !== null && digit !== 0 && value !== 0) return null // two digits in a row: 一二 (零 only holds a place)
      digit = value
      continue
    }
    const unit = CHINESE_UNITS[char] as number
    if (unit >= lastUnit) return null // units must fall: 十百 is not a number
    total += (digit ?? (unit === 10 && total === 0 ? 1 : Number.NaN)) * unit
    if (Number.isNaN(total)) return null
    digit = null
    lastUnit = unit
  }
  return total + (digit ?? 0)
}

/** 一三八 → 138, 二〇二四 → 2024: a run of digit characters read one by one; null when the run has place values. */
export function chineseDigits(input: string): string | null {
  let digits = ''
  for (const char of input) {
    const value = CHINESE_DIGITS[char]
    if (value === undefined) return null
    digits += String(value)
  }
  return digits
}
