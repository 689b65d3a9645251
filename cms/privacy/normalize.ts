/**
 * The text the privacy detector reads: full-width forms folded (NFKC: １３８ → 138,
 * （ → (), dashes made one dash, and Chinese numerals turned into digits (一三八 → 138,
 * 壹叁捌 → 138, 五百零一 → 501). Every character of the result remembers the span of the
 * original it came from, so a finding is reported and masked in the editor's own writing.
 */
import { CHINESE_DIGITS, CHINESE_UNITS, chineseDigits, chineseNumeral } from '../numerals'

export interface NormalizedText {
  text: string
  /** For each character of `text`: where its source starts in the original… */
  from: number[]
  /** …and where it ends (exclusive). */
  to: number[]
  /** Whether it was written as a Chinese numeral (张三 next to 138… is a name, then a number). */
  numeral: boolean[]
}

const DASHES = /[‐‑‒–—―−﹣－]/
const isNumeralChar = (char: string) => char in CHINESE_DIGITS || char in CHINESE_UNITS

/** The digits a run of numeral characters stands for, or null to keep the run as written (一五一十 is not a number). */
function numeralRunDigits(run: string): string | null {
  if ([...run].some((char) => char in CHINESE_UNITS)) {
    const value = chineseNumeral(run)
    return value === null ? null : String(value)
  }
  return chineseDigits(run)
}

export function normalizeForDetection(original: string): NormalizedText {
  const out: NormalizedText = { text: '', from: [], to: [], numeral: [] }
  const emit = (chars: string, start: number, end: number, numeral = false) => {
    for (const char of chars) {
      out.text += char
      out.from.push(start)
      out.to.push(end)
      out.numeral.push(numeral)
    }
  }
  const chars = [...original]
  let offset = 0
  for (let index = 0; index < chars.length; ) {
    const char = chars[index] as string
    if (isNumeralChar(char)) {
      let end = index
      let runLength = 0
      while (end < chars.length && isNumeralChar(chars[end] as string)) runLength += (chars[end++] as string).length
      const run = chars.slice(index, end).join('')
      const digits = numeralRunDigits(run)
      if (digits !== null && digits.length === run.length) {
        // Digit for digit (一三八 → 138): each digit keeps its own character.
        for (const [position, digit] of [...digits].entries()) emit(digit, offset + position, offset + position + 1, true)
      } else if (digits !== null) emit(digits, offset, offset + runLength, true)
      else for (const [position, kept] of [...run].entries()) emit(kept, offset + position, offset + position + 1)
      offset += runLength
      index = end
      continue
    }
    const folded = DASHES.test(char) ? '-' : char.normalize('NFKC')
    emit(folded, offset, offset + char.length)
    offset += char.length
    index++
  }
  return out
}
