/**
 * Personal data of private residents that must not be published: mainland mobile numbers,
 * 18-digit resident ID numbers (checksum verified, so look-alike numbers pass), and
 * house-number-level addresses (…号楼…单元…室).
 */

export interface PrivacyFinding {
  kind: 'mobile' | 'id-number' | 'address'
  text: string
}

const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g
const ID_CANDIDATE = /(?<![\dXx])\d{17}[\dXx](?![\dXx])/g
const ADDRESS =
  /(?:\d+|[一二三四五六七八九十]+)\s*(?:号楼|栋|幢)\s*(?:\d+|[一二三四五六七八九十]+)\s*单元\s*\d+\s*(?:室|号|户)?|\d+\s*单元\s*\d{3,4}\s*(?:室|号|户)/g

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'

/** GB 11643: a valid check character and a real birth date. */
export function isResidentIdNumber(value: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(value)) return false
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(value[index]), 0)
  if (CHECK[sum % 11] !== value[17]?.toUpperCase()) return false
  const year = Number(value.slice(6, 10))
  const month = Number(value.slice(10, 12))
  const day = Number(value.slice(12, 14))
  const date = new Date(Date.UTC(year, month - 1, day))
  return year >= 1900 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && date.getTime() <= Date.now()
}

export function findPrivateData(text: string): PrivacyFinding[] {
  const findings: PrivacyFinding[] = []
  for (const match of text.matchAll(MOBILE)) findings.push({ kind: 'mobile', text: match[0] })
  for (const match of text.matchAll(ID_CANDIDATE)) if (isResidentIdNumber(match[0])) findings.push({ kind: 'id-number', text: match[0] })
  for (const match of text.matchAll(ADDRESS)) findings.push({ kind: 'address', text: match[0] })
  return findings
}

/** 13812341234 → 138****1234; an ID number keeps its first 6 and last 4; an address loses its numbers. */
export function maskPrivateData(text: string): string {
  return text
    .replace(ID_CANDIDATE, (match) => (isResidentIdNumber(match) ? `${match.slice(0, 6)}********${match.slice(14)}` : match))
    .replace(MOBILE, (match) => `${match.slice(0, 3)}****${match.slice(7)}`)
    .replace(ADDRESS, (match) => match.replace(/\d/g, '*'))
}
