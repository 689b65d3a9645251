/**
 * Mobile and resident ID numbers in normalized text (normalize.ts). A number is read as
 * groups of digits with separators between them; a window of consecutive groups (trimmed
 * where Chinese numerals meet other characters, as in 张三一三八…) is a mobile number when
 * its digits and grouping are, an ID number when its check digit and birth date are.
 */
import type { NormalizedText } from './normalize'

export type NumberKind = 'mobile' | 'id-number'
export interface NumberHit {
  kind: NumberKind
  start: number
  end: number
  key: string
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'

function isBirthDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return year >= 1900 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && date.getTime() <= Date.now()
}

/** GB 11643: a valid check character and a real birth date. */
export function isResidentIdNumber(value: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(value)) return false
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(value[index]), 0)
  if (CHECK[sum % 11] !== value[17]?.toUpperCase()) return false
  return isBirthDate(Number(value.slice(6, 10)), Number(value.slice(10, 12)), Number(value.slice(12, 14)))
}

/** Words that say the number after them is an ID number (a wrong check digit does not make it public). */
const ID_CONTEXT = /(身份证|证件号|身份号|公民身份|(?<!登记|许可|执照|资格|准考|工作|会员)证号)/
/** Words that say it is something else: an application or order number that happens to pass the check. */
const NOT_ID_CONTEXT = /(编号|受理号|单号|流水号|订单|代码|批号|序列号)[^\d]{0,6}$/

function looksLikeIdNumber(digits: string, before: string): boolean {
  if (NOT_ID_CONTEXT.test(before) && !ID_CONTEXT.test(before)) return false
  if (digits.length === 18) {
    if (isResidentIdNumber(digits)) return true
    const dated =
      /^[1-8]\d{5}/.test(digits) && isBirthDate(Number(digits.slice(6, 10)), Number(digits.slice(10, 12)), Number(digits.slice(12, 14)))
    return dated && ID_CONTEXT.test(before)
  }
  // First-generation 15-digit numbers (no check digit, two-digit year): only where the text says so.
  return (
    digits.length === 15 &&
    /^\d+$/.test(digits) &&
    ID_CONTEXT.test(before) &&
    isBirthDate(1900 + Number(digits.slice(6, 8)), Number(digits.slice(8, 10)), Number(digits.slice(10, 12)))
  )
}

/** Mainland mobile segments: 13x, 145–149, 15x but 154, 162/165–167, 170–178, 18x, 19x but 194. */
const isMobile = (digits: string) => /^1(3\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\d|9[0-35-9])\d{8}$/.test(digits)

/** What may stand between the digit groups of one number: spaces, dots, brackets, dashes… */
const STRONG = '\\s.()\\[\\]【】〔〕_·・•\\-'
/** …and marks that also separate the words of a sentence, which count only in the usual groupings. */
const WEAK = '，,、/~～〜：:|。‧*\'"+=ー'
const NUMBER_PHRASE = new RegExp(`\\d+(?:[${STRONG}${WEAK}]{1,4}\\d+)*(?:\\s?[Xx](?![A-Za-z]))?`, 'g')
const WEAK_MARK = new RegExp(`[${WEAK}]`)

interface Group {
  digits: string
  start: number
  end: number
  /** What separates it from the group before. */
  before: string
  /** Offsets inside `digits` where a number may begin or end: around Chinese numerals (张三一三八…). */
  cuts: number[]
}

/** Merges leading groups shorter than three digits (1 3 8 1234 5678 → 138 1234 5678). */
function leading(sizes: number[]): number[] {
  const merged = [...sizes]
  while (merged.length > 1 && (merged[0] as number) < 3) merged.splice(0, 2, (merged[0] as number) + (merged[1] as number))
  return merged
}

/** Group sizes a person writes a mobile number in; with sentence marks between groups, only the usual ones. */
function mobileGrouping(groups: Group[]): boolean {
  const sizes = groups.map((group) => group.digits.length)
  if (sizes.length === 1 || sizes.every((size) => size === 1)) return true
  if (groups.slice(1).some((group) => WEAK_MARK.test(group.before))) return ['3,4,4', '3,8', '7,4'].includes(sizes.join(','))
  // Thousands groups (138 000 000.00) are an amount, four groups of up to three digits an IP address.
  if (sizes.length >= 3 && sizes.slice(1, 3).every((size) => size === 3)) return false
  if (sizes.length === 4 && sizes.every((size) => size <= 3) && groups.slice(1).every((group) => group.before === '.')) return false
  const merged = leading(sizes)
  return merged.length <= 5 && (merged[0] as number) >= 3 && merged.every((size) => size >= 2)
}

function classify(groups: Group[], normalized: string): { kind: NumberKind; skip: number } | null {
  const digits = groups
    .map((group) => group.digits)
    .join('')
    .toUpperCase()
  const before = normalized.slice(Math.max(0, (groups[0] as Group).start - 20), (groups[0] as Group).start)
  if ((digits.length === 18 || digits.length === 15) && looksLikeIdNumber(digits, before)) return { kind: 'id-number', skip: 0 }
  if (digits.length === 11 && isMobile(digits) && mobileGrouping(groups)) return { kind: 'mobile', skip: 0 }
  // A country code or trunk zero straight before the number: 8613800138000, 008613800138000, 013800138000.
  const prefixed = groups.length === 1 ? /^(?:0086|86|0)(1\d{10})$/.exec(digits) : null
  if (prefixed && isMobile(prefixed[1] as string)) return { kind: 'mobile', skip: digits.length - 11 }
  return null
}

function digitGroups(phrase: RegExpMatchArray, numeral: boolean[]): Group[] {
  const groups: Group[] = []
  let previousEnd = phrase.index as number
  for (const part of phrase[0].matchAll(/\d+(?:\s?[Xx])?/g)) {
    const start = (phrase.index as number) + (part.index as number)
    const digits = part[0].replace(/\s/g, '')
    const cuts: number[] = []
    for (let offset = 1; offset < digits.length; offset++) if (numeral[start + offset] || numeral[start + offset - 1]) cuts.push(offset)
    groups.push({ digits, start, end: start + part[0].length, before: phrase.input?.slice(previousEnd, start) ?? '', cuts })
    previousEnd = start + part[0].length
  }
  return groups
}

const slice = (group: Group, from: number, to: number): Group => ({
  ...group,
  digits: group.digits.slice(from, to),
  start: group.start + from,
  // The whole group keeps its written end (an ID's " X" after a space).
  end: to === group.digits.length ? group.end : group.start + to,
  cuts: [],
})

/** The window as written, then trimmed at the cuts of its first and last group. */
function* trimmings(window: Group[]): Generator<Group[]> {
  const first = window[0] as Group
  const last = window.at(-1) as Group
  for (const from of [0, ...first.cuts]) {
    for (const to of [last.digits.length, ...[...last.cuts].reverse()]) {
      if (window.length === 1) {
        if (to > from) yield [slice(first, from, to)]
        continue
      }
      yield [slice(first, from, first.digits.length), ...window.slice(1, -1), slice(last, 0, to)]
    }
  }
}

function numberIn(window: Group[], normalized: string, kind: NumberKind): NumberHit | null {
  for (const groups of trimmings(window)) {
    const hit = classify(groups, normalized)
    if (hit?.kind !== kind) continue
    const digits = groups.map((group) => group.digits).join('')
    return {
      kind,
      start: (groups[0] as Group).start + hit.skip,
      end: (groups.at(-1) as Group).end,
      key: digits.slice(hit.skip).toUpperCase(),
    }
  }
  return null
}

/** Words before a number that make it a version, a serial or a statistic rather than a phone (unless a phone word is there too). */
const NOT_PHONE = /(版本|序列号|型号|SN|[Vv]|人数|数量|次数|合计|统计|季度|年份|累计|总数|户数|人次)[^\n]{0,12}$/
const PHONE_CUE = /(电话|手机|联系|拨|号码|微信|热线|tel)/i

/** A grouped number that runs on into a short group (138 1234 5678 90) is a serial, not a phone. */
function plausiblePhone(normalized: string, hit: NumberHit, next: Group | undefined, grouped: boolean): boolean {
  const line =
    normalized
      .slice(Math.max(0, hit.start - 20), hit.start)
      .split('\n')
      .at(-1) ?? ''
  if (NOT_PHONE.test(line) && !PHONE_CUE.test(line)) return false
  return !(grouped && next && next.digits.length <= 2 && /^\s$/.test(next.before))
}

/** ID numbers first, then mobile numbers outside them: the first 11 digits of a spaced-out ID are not a phone. */
export function findNumbers(normalized: NormalizedText): NumberHit[] {
  const found: NumberHit[] = []
  const phrases = [...normalized.text.matchAll(NUMBER_PHRASE)].map((phrase) => digitGroups(phrase, normalized.numeral))
  for (const kind of ['id-number', 'mobile'] as const) {
    for (const groups of phrases) {
      for (let first = 0; first < groups.length; first++) {
        let length = 0
        for (let last = first; last < groups.length; last++) {
          length += (groups[last] as Group).digits.length
          if (length > 30) break
          const hit = numberIn(groups.slice(first, last + 1), normalized.text, kind)
          if (!hit || found.some((other) => hit.start < other.end && other.start < hit.end)) continue
          if (kind === 'mobile' && !plausiblePhone(normalized.text, hit, groups[last + 1], last > first)) continue
          found.push(hit)
          first = last
          break
        }
      }
    }
  }
  return found
}
