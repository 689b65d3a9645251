/**
 * The editors' controlled vocabularies: stored values in English, labels in Chinese.
 * Collections build their select options from these; the site shows the labels.
 */
export const HONOUR_KINDS = [
  { value: 'most-beautiful', label: '最美人物' },
  { value: 'good-neighbour', label: '身边好人' },
  { value: 'moral-model', label: '道德模范' },
  { value: 'new-era', label: '时代新人' },
  { value: 'civilised-family', label: '文明家庭' },
] as const

export type HonourKind = (typeof HONOUR_KINDS)[number]['value']

export const GOOD_DEEDS = [
  { value: 'helping-others', label: '助人为乐' },
  { value: 'bravery', label: '见义勇为' },
  { value: 'honesty', label: '诚实守信' },
  { value: 'dedication', label: '敬业奉献' },
  { value: 'filial-piety', label: '孝老爱亲' },
] as const

/** Administrative levels, from the district down: 街道 and 镇, then 社区, 片区, 小区. */
export const AREA_KINDS = [
  { value: 'subdistrict', label: '街道' },
  { value: 'town', label: '镇' },
  { value: 'community', label: '社区' },
  { value: 'zone', label: '片区' },
  { value: 'estate', label: '小区' },
] as const

/** 手册开本: the trimmed page size of a handbook. */
export const HANDBOOK_TRIMS = [
  { value: 'a5', label: 'A5（148×210 毫米）' },
  { value: 'book32', label: '大32开（140×210 毫米）' },
] as const

export const PLACE_LEVELS = [
  { value: 'centre', label: '新时代文明实践中心' },
  { value: 'institute', label: '新时代文明实践所' },
  { value: 'station', label: '新时代文明实践站' },
  { value: 'point', label: '新时代文明实践点' },
  { value: 'park', label: '新时代文明实践园' },
  { value: 'base', label: '实践基地' },
] as const

export const REGULATION_STATUSES = [
  { value: 'in-force', label: '现行有效' },
  { value: 'amended', label: '已修订' },
  { value: 'repealed', label: '已废止' },
] as const

export const ARTICLE_COLUMNS = [
  { value: 'campaign', label: '创城动态' },
  { value: 'showcase', label: '示范片区' },
  { value: 'practice', label: '文明实践' },
  { value: 'volunteering', label: '志愿服务' },
  { value: 'notices', label: '通知公告' },
] as const

/** Select options for a Payload field, from one of the vocabularies above. */
export function optionsOf(options: readonly { value: string; label: string }[]): { value: string; label: string }[] {
  return options.map(({ value, label }) => ({ value, label }))
}

export function labelOf(options: readonly { value: string; label: string }[], value: string): string {
  return options.find((option) => option.value === value)?.label ?? value
}

/** A list of numbers and ranges as editors write them: “3-7, 12”, “1，3”. Empty means everything. */
export function parseNumberList(value: string | null | undefined): number[] | null {
  const text = (value ?? '').trim()
  if (!text) return null
  const numbers: number[] = []
  for (const part of text.split(/[,，、\s]+/).filter(Boolean)) {
    const match = /^(\d{1,4})(?:[-－—~～至到](\d{1,4}))?$/.exec(part)
    if (!match) throw new Error(`“${part}”不是条号或章号`)
    const from = Number(match[1])
    const to = match[2] ? Number(match[2]) : from
    if (to < from || to - from > 500) throw new Error(`“${part}”的范围不对`)
    for (let n = from; n <= to; n++) numbers.push(n)
  }
  return [...new Set(numbers)].sort((a, b) => a - b)
}

/**
 * The links rich text may carry, decided once for the CMS (which refuses the rest when a
 * document is saved) and the site (which renders the rest inert): web pages, mail, phone
 * numbers and pages of this site; never `javascript:` or `data:`.
 */
const SAFE_LINK = /^(https?:\/\/[^\s]+|mailto:[^\s]+|tel:[+\d][\d\s-]*|\/(?!\/)[^\s]*|#[^\s]*)$/i

export function isSafeLinkUrl(url: unknown): boolean {
  return typeof url === 'string' && SAFE_LINK.test(url.trim())
}
