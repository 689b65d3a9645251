/** Pasting an official regulation text: split into chapters and numbered articles, or told which line broke. */
import { describe, expect, it } from 'vitest'

import { parseRegulationText, RegulationParseError } from '../../cms/collections/Regulations/parseRegulation.ts'
import { chineseNumeral } from '../../contract/numerals.ts'

// A real-looking layout (sample text, not an authentic regulation): title and 题注, a 目录
// that repeats the chapter headings, full-width spaces after headings, 款 and 项 on their
// own lines, a section (节), a cross-reference at the start of a line, and 附则.
function sampleText(articleCount: number): string {
  const lines = [
    '示例市文明行为促进条例（样例文本）',
    '（样例：用于测试粘贴拆分）',
    '目录',
    '第一章　总则',
    '第二章　文明行为规范',
    '第三章　附则',
    '',
  ]
  lines.push('第一章　总则')
  lines.push('第一条　为了培育和践行社会主义核心价值观，制定本条例。')
  lines.push('第二条　本条例适用于本市行政区域内的文明行为促进工作。')
  lines.push('第二章　文明行为规范', '第一节　公共场所')
  for (let n = 3; n < articleCount; n++) {
    lines.push(`第${toChinese(n)}条 公民应当遵守第${n}项样例规范：`, '（一）爱护公共设施；', '（二）文明排队。')
  }
  lines.push('第三章　附则')
  lines.push(`第${toChinese(articleCount)}条　本条例自公布之日起施行。`)
  lines.push('第三条规定的事项，由示例部门解释。')
  return lines.join('\n')
}

function toChinese(n: number): string {
  const digits = '零一二三四五六七八九'
  if (n < 10) return digits[n] as string
  if (n < 20) return `十${n % 10 ? digits[n % 10] : ''}`
  if (n < 100) return `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ''}`
  const rest = n % 100
  return `${digits[Math.floor(n / 100)]}百${rest === 0 ? '' : rest < 10 ? `零${digits[rest]}` : rest < 20 ? `一${toChinese(rest)}` : toChinese(rest)}`
}

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['四十五', 45],
    ['一百', 100],
    ['一百零一', 101],
    ['一百一十', 110],
    ['一百二十三', 123],
    ['两百', 200],
    ['一千零五', 1005],
    ['45', 45],
  ])('%s → %i', (text, value) => {
    expect(chineseNumeral(text)).toBe(value)
  })

  it.each(['', '十百', '一二', '第', 'abc'])('rejects %j', (text) => {
    expect(chineseNumeral(text)).toBeNull()
  })
})

describe('parsing a pasted regulation', () => {
  it('splits chapters and 101+ articles, keeping 款/项 lines, sections and cross-references in the text', () => {
    const parsed = parseRegulationText(sampleText(105))
    expect(parsed.chapters.map((c) => [c.number, c.title])).toEqual([
      [1, '总则'],
      [2, '文明行为规范'],
      [3, '附则'],
    ])
    const all = parsed.chapters.flatMap((c) => c.articles)
    expect(all.map((a) => a.number)).toEqual(Array.from({ length: 105 }, (_, i) => i + 1))
    const a101 = all.find((a) => a.number === 101)
    expect(a101?.text).toBe('公民应当遵守第101项样例规范：\n（一）爱护公共设施；\n（二）文明排队。')
    expect(a101?.section).toBe('第一节 公共场所')
    expect(parsed.chapters[2]?.articles[0]?.text).toBe('本条例自公布之日起施行。\n第三条规定的事项，由示例部门解释。')
    expect(parsed.preamble).toContain('示例市文明行为促进条例（样例文本）')
    expect(parsed.preamble).toContain('目录')
  })

  it('accepts articles without chapters', () => {
    const parsed = parseRegulationText('某某规定\n第一条 目的。\n第二条 范围。')
    expect(parsed.chapters).toEqual([
      {
        number: 0,
        title: '',
        articles: [
          { number: 1, section: null, text: '目的。' },
          { number: 2, section: null, text: '范围。' },
        ],
      },
    ])
  })

  it.each([
    ['a skipped article number', '第一章 总则\n第一条 甲。\n第三条 丙。', 3, '应为第2条'],
    ['a skipped chapter number', '第一章 总则\n第一条 甲。\n第三章 附则\n第二条 乙。', 3, '应为第2章'],
    ['a chapter without a title', '第一章\n第一条 甲。', 1, '缺少标题'],
    ['text between a chapter heading and its first article', '第一章 总则\n这里有一段多余的文字\n第一条 甲。', 2, '不属于任何条文'],
    ['an article with no text', '第一章 总则\n第一条 甲。\n第二条\n第二章 附则\n第三条 丙。', 3, '没有内容'],
    ['a chapter with no articles', '第一章 总则\n第一条 甲。\n第二章 附则', 3, '这一章没有条文'],
    ['no articles at all', '这不是法规\n只是两行字', 1, '没有找到任何条文'],
    ['an unreadable number', '第一章 总则\n第一条 甲。\n第二二条 乙。', 3, '无法识别'],
  ])('reports %s with its line', (_, text, line, reason) => {
    let error: unknown
    try {
      parseRegulationText(text)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(RegulationParseError)
    expect((error as RegulationParseError).line).toBe(line)
    expect((error as RegulationParseError).message).toContain(reason)
    expect((error as RegulationParseError).message).toContain(`第 ${line} 行`)
  })
})
