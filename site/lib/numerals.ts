const DIGITS = '零一二三四五六七八九'

/** 12 → 十二, 105 → 一百零五, as regulations number their chapters and articles (up to 9999). */
export function chineseNumber(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 9999) return String(value)
  if (value < 10) return DIGITS[value] as string
  if (value < 20) return `十${value % 10 ? DIGITS[value % 10] : ''}`
  const units: [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ]
  let text = ''
  let pendingZero = false
  for (const [size, unit] of units) {
    const digit = Math.floor(value / size) % 10
    if (digit === 0) {
      if (text) pendingZero = true
      continue
    }
    if (pendingZero) text += '零'
    pendingZero = false
    text += (DIGITS[digit] as string) + unit
  }
  return text
}

export const articleLabel = (number: number) => `第${chineseNumber(number)}条`
export const chapterLabel = (number: number) => `第${chineseNumber(number)}章`
