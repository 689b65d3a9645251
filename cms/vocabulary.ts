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

export function labelOf(options: readonly { value: string; label: string }[], value: string): string {
  return options.find((option) => option.value === value)?.label ?? value
}
