/**
 * Residents' personal data that must not be published, however it is written: mainland
 * mobile numbers, resident ID numbers and door-level (unit and room) home addresses.
 *
 * Text is first normalized (normalize.ts: full-width, Chinese numerals, dashes, invisible
 * characters), then numbers are read as groups of digits split by spaces, dashes, dots,
 * brackets or punctuation (numbers.ts), so 138 0013 8000, (138)0013-8000, +86 138…,
 * 一三九，三五一二，零零八八 and 壹叁捌零零壹叁捌零零零 are one number; door-level addresses
 * are chains of building, entrance, storey and room (addresses.ts).
 * What is deliberately left alone: landlines with an area code, hotlines (12345), dates,
 * amounts, article numbers, and building-level addresses (桃园路12号, 3号楼) — the public
 * addresses of places and streets. The case table in tests/unit/privacy-detector.test.ts
 * and the harmless corpus beside it pin both sides down.
 */
import { findAddresses } from './addresses'
import { type NormalizedText, normalizeForDetection } from './normalize'
import { findNumbers } from './numbers'

export { isResidentIdNumber } from './numbers'

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

export interface DetectOptions {
  /** Keys (see PrivacyFinding.key) an administrator has cleared: a community office's phone, say. */
  allowed?: ReadonlySet<string>
}

/** The findings in normalized text, by positions in it. Digits already read as a phone or ID number are not also an address. */
function locate(normalized: NormalizedText): Omit<PrivacyFinding, 'text'>[] {
  const numbers = findNumbers(normalized)
  const addresses = findAddresses(normalized).filter(
    (address) => !numbers.some((number) => address.start < number.end && number.start < address.end),
  )
  return [...numbers, ...addresses].sort((a, b) => a.start - b.start).map(({ kind, start, end, key }) => ({ kind, start, end, key }))
}

/** Every resident's mobile number, ID number and door-level address in `text`. */
export function findPrivateData(text: string, options: DetectOptions = {}): PrivacyFinding[] {
  const normalized = normalizeForDetection(text)
  return locate(normalized)
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
  for (const finding of locate(normalized)) {
    const positions: number[] = []
    for (let index = finding.start; index < finding.end; index++) {
      if (/[\dXx]/.test(normalized.text[index] as string)) positions.push(index)
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
