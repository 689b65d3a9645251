/**
 * Residents' personal data that must not be published, however it is written: mainland
 * mobile numbers, resident ID numbers and door-level (unit and room) home addresses.
 *
 * Text is first normalized (normalize.ts: full-width, Chinese numerals, dashes), then
 * numbers are read as groups of digits split by spaces, dashes, dots or brackets, so
 * 138 0013 8000, (138)0013-8000, +86 138… and 壹叁捌零零壹叁捌零零零 are one number.
 * What is deliberately left alone: landlines with an area code, hotlines (12345), dates,
 * amounts, article numbers, and building-level addresses (桃园路12号, 3号楼) — the public
 * addresses of places and streets. The case table in tests/unit/privacy-detector.test.ts
 * and the harmless corpus beside it pin both sides down.
 */
import { type NormalizedText, normalizeForDetection } from './normalize'

export type PrivacyKind = 'mobile' | 'id-number' | 'address'

export interface PrivacyFinding {
  kind: PrivacyKind
  /** The finding as written in the original text. */
  text: string
  /** Where it is in the original text. */
  start: number
  end: number
  /** The same number or address however written: digits only, or the address without spaces. Allow-list entries match on it. */
  key: string
}

export const PRIVACY_LABELS: Record<PrivacyKind, string> = {
  mobile: '手机号码',
  'id-number': '身份证号码',
  address: '精确到门牌的住址',
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

/** Words that say the number next to them is an ID number (a typo in the check digit does not make it public). */
const ID_CONTEXT = /(身份证|证件号|身份号|公民身份|证号)[^\d]{0,8}$/

function looksLikeIdNumber(digits: string, before: string): boolean {
  if (digits.length === 18) {
    if (isResidentIdNumber(digits)) return true
    const plausible =
      /^[1-8]\d{5}/.test(digits) && isBirthDate(Number(digits.slice(6, 10)), Number(digits.slice(10, 12)), Number(digits.slice(12, 14)))
    return plausible && ID_CONTEXT.test(before)
  }
  // First-generation 15-digit numbers (no check digit, two-digit year): only where the text says so.
  return (
    digits.length === 15 &&
    /^\d+$/.test(digits) &&
    ID_CONTEXT.test(before) &&
    isBirthDate(1900 + Number(digits.slice(6, 8)), Number(digits.slice(8, 10)), Number(digits.slice(10, 12)))
  )
}

/** What may stand between the digit groups of one number. */
const SEPARATOR = '[\\s.()\\[\\]【】〔〕_·・•-]'
const NUMBER_PHRASE = new RegExp(`\\d+(?:${SEPARATOR}{1,3}\\d+)*[Xx]?`, 'g')

interface Group {
  digits: string
  start: number
  end: number
  /** Offsets inside `digits` where Chinese numerals meet other digits: a number may begin or end there (张三138…). */
  cuts: number[]
}

/** Group sizes a person writes a mobile number in: 13800138000, 138 0013 8000, 138-00138000, or one digit at a time. */
function mobileGrouping(sizes: number[]): boolean {
  if (sizes.length === 1) return true
  if (sizes.every((size) => size === 1)) return true
  return sizes.length <= 4 && (sizes[0] as number) >= 3 && sizes.every((size) => size >= 2)
}

const isMobile = (digits: string) => /^1[3-9]\d{9}$/.test(digits)

/** A mobile number, an ID number, or nothing, for these digit groups. */
function classify(groups: Group[], normalized: string): { kind: PrivacyKind; skip: number } | null {
  const digits = groups.map((group) => group.digits).join('')
  const before = normalized.slice(Math.max(0, (groups[0] as Group).start - 16), (groups[0] as Group).start)
  if (digits.length === 11 && isMobile(digits) && mobileGrouping(groups.map((group) => group.digits.length)))
    return { kind: 'mobile', skip: 0 }
  // A country code written straight before the number: 8613800138000, 008613800138000.
  if (groups.length === 1) {
    const prefixed = /^(?:00)?86(1[3-9]\d{9})$/.exec(digits)
    if (prefixed) return { kind: 'mobile', skip: digits.length - 11 }
  }
  if ((digits.length === 18 || digits.length === 15) && looksLikeIdNumber(digits.toUpperCase(), before))
    return { kind: 'id-number', skip: 0 }
  return null
}

function digitGroups(phrase: RegExpMatchArray, numeral: boolean[]): Group[] {
  const groups: Group[] = []
  for (const part of phrase[0].matchAll(/\d+[Xx]?/g)) {
    const start = (phrase.index as number) + (part.index as number)
    const cuts: number[] = []
    for (let offset = 1; offset < part[0].length; offset++) if (numeral[start + offset] !== numeral[start + offset - 1]) cuts.push(offset)
    groups.push({ digits: part[0], start, end: start + part[0].length, cuts })
  }
  return groups
}

const slice = (group: Group, from: number, to: number): Group => ({
  digits: group.digits.slice(from, to),
  start: group.start + from,
  end: group.start + to,
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

type Hit = { kind: PrivacyKind; start: number; end: number; key: string }

/** The first number the window holds, trying the trimmed windows too. */
function numberIn(window: Group[], normalized: string): Hit | null {
  for (const groups of trimmings(window)) {
    const hit = classify(groups, normalized)
    if (!hit) continue
    const digits = groups.map((group) => group.digits).join('')
    return {
      kind: hit.kind,
      start: (groups[0] as Group).start + hit.skip,
      end: (groups.at(-1) as Group).end,
      key: digits.slice(hit.skip).toUpperCase(),
    }
  }
  return null
}

/** Mobile and ID numbers in the normalized text, as ranges of normalized indices. */
function findNumbers(normalized: NormalizedText): Hit[] {
  const found: Hit[] = []
  for (const phrase of normalized.text.matchAll(NUMBER_PHRASE)) {
    const groups = digitGroups(phrase, normalized.numeral)
    for (let first = 0; first < groups.length; first++) {
      let length = 0
      for (let last = first; last < groups.length; last++) {
        length += (groups[last] as Group).digits.length
        if (length > 24) break
        const hit = numberIn(groups.slice(first, last + 1), normalized.text)
        if (!hit) continue
        found.push(hit)
        first = last
        break
      }
    }
  }
  return found
}

// Door-level addresses. Numbers are digits by now (三号楼 → 3号楼).
const N = '\\d{1,5}'
const BUILDING = `(?:${N}|[A-Za-z])\\s*(?:号楼|号院|号|栋|幢|座|排|区|期|楼)`
const STOREY = `${N}\\s*(?:单元|层)`
const LEVEL = `(?:${BUILDING}|${STOREY})`
/** A room: with its word (501室, 3户, 东户, 5号), a dash pair (2-501), or bare digits straight after 单元/层/栋/幢/座/号楼. */
const ROOM = `(?:${N}\\s*(?:室|户)|${N}\\s*号(?![楼院座线车位路街巷道段])|[东西南北中左右]\\s*户|${N}-${N}\\s*(?:室|号|户)?|(?<=(?:单元|层|栋|幢|座|号楼)[\\s-]*)\\d{3,4}(?![\\d年月日元万个人次件天小分秒]))`
const DOOR = new RegExp(`(?<![\\dA-Za-z])(?:${LEVEL}[\\s-]*){1,4}${ROOM}`, 'g')
/** 5-3-201: building, unit, room, with dashes only. */
const DASHED = /(?<![\d.-])(\d{1,3})-(\d{1,2})-(\d{3,4})(?![\d-])\s*(室|号|户)?/g
const DASHED_PAIR = /(?<![\d.-])\d{1,2}-\d{3,4}\s*室/g

/** Buildings whose rooms are offices, not homes: a room number there is a public address. */
const PUBLIC_BUILDING =
  /(办公|区委|市委|县委|党委|机关|中心|大厦|大楼|办公楼|写字楼|服务站|服务大厅|政府|委员会|居委会|村委会|党群|派出所|医院|卫生院|卫生服务|学校|图书馆|文化馆|纪念馆|博物馆|实践站|实践所|实践园|会议室|活动室|办事处|管理处|街道办|法院|检察院|银行|宾馆|酒店|商场)/
const HOME = /(小区|花园|家园|公寓|宿舍|新村|楼院|家住|住在|住址|居住)/
/** Rows and numbers of seats, not of bungalows. */
const SEATING = /(座位|座号|观众|影院|影厅|剧场|剧院|礼堂|会场|看台|车厢)/
const PHONE_WORDS = /(电话|热线|传真|咨询|手机|tel|Tel|TEL)[^\d]{0,4}$/

/** A room number in an office building, or a seat: a public place, not a home. */
function isPublicPlace(before: string, address: string): boolean {
  const clause = before.split(/[。；;！!？?\n]/).at(-1) ?? ''
  if (address.includes('排') && SEATING.test(clause)) return true
  return PUBLIC_BUILDING.test(clause) && !HOME.test(clause)
}

function findAddresses(normalized: NormalizedText): Hit[] {
  const text = normalized.text
  const found: Hit[] = []
  const add = (start: number, end: number) => {
    if (isPublicPlace(text.slice(Math.max(0, start - 30), start), text.slice(start, end))) return
    if (found.some((other) => start < other.end && other.start < end)) return
    found.push({ kind: 'address', start, end, key: text.slice(start, end).replace(/\s+/g, '') })
  }
  for (const match of text.matchAll(DOOR)) add(match.index as number, (match.index as number) + match[0].trimEnd().length)
  for (const match of text.matchAll(DASHED)) {
    const [, first, second, last, word] = match
    const start = match.index as number
    // 10-12-2024 is a date and 800-12-3456 a phone number, unless a room word says otherwise.
    const date = Number(first) <= 31 && Number(second) <= 12 && /^(19|20)\d\d$/.test(last as string)
    if (!word && (date || PHONE_WORDS.test(text.slice(Math.max(0, start - 8), start)))) continue
    add(start, start + match[0].trimEnd().length)
  }
  for (const match of text.matchAll(DASHED_PAIR)) add(match.index as number, (match.index as number) + match[0].length)
  return found
}

export interface DetectOptions {
  /** Keys (see PrivacyFinding.key) an administrator has cleared: a community office's phone, say. */
  allowed?: ReadonlySet<string>
}

/** Every resident's mobile number, ID number and door-level address in `text`. */
export function findPrivateData(text: string, options: DetectOptions = {}): PrivacyFinding[] {
  const normalized = normalizeForDetection(text)
  const numbers = findNumbers(normalized)
  // Digits already read as a phone or ID number are not also an address.
  const addresses = findAddresses(normalized).filter(
    (address) => !numbers.some((number) => address.start < number.end && number.start < address.end),
  )
  return [...numbers, ...addresses]
    .sort((a, b) => a.start - b.start)
    .map(({ kind, start, end, key }) => {
      const from = normalized.from[start] as number
      const to = normalized.to[end - 1] as number
      return { kind, key, start: from, end: to, text: text.slice(from, to) }
    })
    .filter((finding) => !options.allowed?.has(finding.key))
}

/** The keys an allow-list entry stands for: the numbers and addresses found in it, else its digits. */
export function allowListKeys(entry: string): string[] {
  const keys = findPrivateData(entry).map((finding) => finding.key)
  const digits = normalizeForDetection(entry).text.replace(/[^\dXx]/g, '')
  return keys.length > 0 ? keys : digits ? [digits] : []
}

/** Which normalized digit positions of a finding stay visible when masked. */
function keptDigits(kind: PrivacyKind, count: number): (index: number) => boolean {
  if (kind === 'mobile') return (index) => index < 3 || index >= count - 4
  if (kind === 'id-number') return (index) => index < 6 || index >= count - 4
  return () => false
}

/** 13812341234 → 138****1234; an ID number keeps its first 6 and last 4; an address loses its numbers. */
export function maskPrivateData(text: string): string {
  const normalized = normalizeForDetection(text)
  const masked = new Set<number>()
  for (const finding of findPrivateData(text)) {
    const positions: number[] = []
    for (let index = 0; index < normalized.text.length; index++) {
      const from = normalized.from[index] as number
      if (from >= finding.start && from < finding.end && /[\dXx]/.test(normalized.text[index] as string)) positions.push(index)
    }
    const keep = keptDigits(finding.kind, positions.length)
    positions.forEach((position, order) => {
      if (keep(order)) return
      for (let at = normalized.from[position] as number; at < (normalized.to[position] as number); at++) masked.add(at)
    })
  }
  // Indices are UTF-16 offsets; only digits and numerals (never surrogates) are masked.
  return Array.from({ length: text.length }, (_, index) => (masked.has(index) ? '*' : text[index])).join('')
}
