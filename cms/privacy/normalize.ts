/**
 * The text the privacy detector reads: full-width forms folded (NFKC: １３８ → 138,
 * （ → (), dashes made one dash, invisible characters dropped, traditional address words
 * made simplified (號樓 → 号楼), and Chinese numerals turned into digits (一三八 → 138,
 * 壹叁捌 → 138, 五百零一 → 501). Every character of the result remembers the span of the
 * original it came from, so a finding is reported and masked in the editor's own writing.
 */
import { CHINESE_DIGITS, CHINESE_UNITS, chineseDigits, chineseNumeral } from '../../contract/numerals'

export interface NormalizedText {
  text: string
  /** For each character of `text`: where its source starts in the original… */
  from: number[]
  /** …and where it ends (exclusive). */
  to: number[]
  /** Whether it was written as a Chinese numeral (张三 next to 138… is a name, then a number). */
  numeral: boolean[]
}

const DASHES = /[‐‑‒–—―−﹣－─━]/
/**
 * Zero-width spaces, soft hyphens, combining marks, variation selectors and the Hangul
 * fillers: invisible, so never a separator anyone sees.
 */
const INVISIBLE = /[\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0]/u
/** Letters typed for digits inside a number: Latin and Cyrillic O for 0, Cyrillic З for 3. */
const LOOK_ALIKES: Record<string, string> = { O: '0', o: '0', О: '0', о: '0', Ο: '0', З: '3', з: '3' }
/** Whitespace between two Chinese characters (住 3 号 楼 2 单 元): spacing, not a break. */
const CJK = /[\u3400-\u9fff]/
const TRADITIONAL: Record<string, string> = {
  號: '号',
  樓: '楼',
  單: '单',
  棟: '栋',
  門: '门',
  戶: '户',
  層: '层',
  證: '证',
  電: '电',
  話: '话',
}
const isNumeralChar = (char: string) => char in CHINESE_DIGITS || char in CHINESE_UNITS

/**
 * The digits a run of numeral characters stands for, one entry per character group: the
 * whole run as a number (五百零一), digit for digit (一三八), or — when place values do not
 * make a number (一三八…二十四) — its place-value-free stretches digit for digit, the rest kept.
 */
function numeralRun(run: string): { digits: string; chars: number }[] {
  if ([...run].some((char) => char in CHINESE_UNITS)) {
    const value = chineseNumeral(run)
    if (value !== null) return [{ digits: String(value), chars: run.length }]
    return [...run].map((char) => ({ digits: char in CHINESE_UNITS ? char : (chineseDigits(char) ?? char), chars: 1 }))
  }
  return [...run].map((char) => ({ digits: chineseDigits(char) ?? char, chars: 1 }))
}

export function normalizeForDetection(original: string): NormalizedText {
  const out: NormalizedText = { text: '', from: [], to: [], numeral: [] }
  const emit = (chars: string, start: number, end: number, numeral = false) => {
    for (const char of chars) {
      out.text += char
      out.from.push(start)
      out.to.push(end)
      out.numeral.push(numeral && /\d/.test(char))
    }
  }
  const chars = [...original]
  let offset = 0
  for (let index = 0; index < chars.length; ) {
    const char = chars[index] as string
    if (isNumeralChar(char)) {
      let end = index
      while (end < chars.length && isNumeralChar(chars[end] as string)) end++
      let at = offset
      for (const part of numeralRun(chars.slice(index, end).join(''))) {
        emit(part.digits, at, at + part.chars, true)
        at += part.chars
      }
      offset = at
      index = end
      continue
    }
    emit(fold(chars, index), offset, offset + char.length)
    offset += char.length
    index++
  }
  return out
}

/** The value of any Unicode decimal digit (Arabic-Indic ٣, Devanagari ३ …): each script's ten digits run from its zero. */
function decimalDigit(char: string): string | null {
  if (!/\p{Nd}/u.test(char)) return null
  const code = char.codePointAt(0) as number
  let zero = code
  while (code - zero < 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--
  return String((code - zero) % 10)
}

const isDigit = (char: string | undefined) => char !== undefined && (/\d/.test(char.normalize('NFKC')) || decimalDigit(char) !== null)
const isLookAlike = (char: string | undefined) => char !== undefined && char in LOOK_ALIKES

/** Whether the run of look-alike letters around `index` touches a digit: 1380O138OOO. */
function lookAlikeAmongDigits(chars: string[], index: number): boolean {
  let before = index - 1
  while (isLookAlike(chars[before])) before--
  let after = index + 1
  while (isLookAlike(chars[after])) after++
  return isDigit(chars[before]) || isDigit(chars[after])
}

/** One character as the detector reads it, given its neighbours. */
function fold(chars: string[], index: number): string {
  const char = chars[index] as string
  if (INVISIBLE.test(char)) return ''
  if (/\s/.test(char) && CJK.test(chars[index - 1] ?? '') && CJK.test(chars[index + 1] ?? '')) return ''
  if (DASHES.test(char)) return '-'
  if (char in TRADITIONAL) return TRADITIONAL[char] as string
  // A letter typed for a digit inside a number (1380O138OOO, 1З8…).
  if (isLookAlike(char) && lookAlikeAmongDigits(chars, index)) return LOOK_ALIKES[char] as string
  const folded = char.normalize('NFKC')
  if (/\d/.test(folded)) return folded
  // 14010320010315542×: the multiplication sign typed for the X of an ID number.
  if (char === '×' && isDigit(chars[index - 1])) return 'X'
  return decimalDigit(char) ?? folded
}
