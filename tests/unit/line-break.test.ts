/**
 * 避头尾, the shared rule (site/lib/lineBreak.ts): its sets, its checker, the word joiners
 * print uses where Chromium's breaker falls short, the cut the fitters make, and the web
 * stylesheet carrying its CSS.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  HOLD_CLASS,
  holdLineStarts,
  INSEPARABLE,
  LINE_BREAK_CSS,
  lineBreakFaults,
  NO_LINE_END,
  NO_LINE_START,
  shorten,
} from '../../site/lib/lineBreak.ts'

const root = path.resolve(import.meta.dirname, '../..')

describe('the sets', () => {
  it('keep every closing mark off a line start and its opening twin off a line end', () => {
    const pairs = ['（）', '〔〕', '【】', '［］', '｛｝', '〖〗', '〘〙', '《》', '〈〉', '“”', '‘’', '「」', '『』', '()', '[]', '{}']
    for (const [open, close] of pairs.map((pair) => [...pair] as [string, string])) {
      expect(NO_LINE_END, open).toContain(open)
      expect(NO_LINE_START, close).toContain(close)
      expect(NO_LINE_START, open).not.toContain(open)
      expect(NO_LINE_END, close).not.toContain(close)
    }
  })

  it('name every mark clreq’s basic level and GB/T 15834 keep off a line start', () => {
    for (const mark of '、，。：；？！' + '–～' + '·' + '／' + '％℃') expect(NO_LINE_START, mark).toContain(mark)
    expect(INSEPARABLE).toEqual(['——', '……'])
    // Both sets are marks only: no letter, digit or ideograph.
    expect([...NO_LINE_START, ...NO_LINE_END].filter((char) => /[\p{L}\p{N}]/u.test(char))).toEqual([])
  })
})

describe('lineBreakFaults', () => {
  it('finds a mark at the wrong end of a line', () => {
    expect(lineBreakFaults(['这本口袋书把《杏花岭区居民文明公约（', '示例文本', '）》、身边的最美人物'])).toEqual([
      'line 1 “这本口袋书把《杏花岭区居民文明公约（” ends with “（”',
      'line 3 “）》、身边的最美人物” starts with “）”',
    ])
    expect(lineBreakFaults(['他说：“', '好！”'])).toEqual(['line 1 “他说：“” ends with ““”'])
    for (const mark of '，。、；：？！”’》」』】·～％') expect(lineBreakFaults(['前一行', `${mark}后一行`]), mark).toHaveLength(1)
  })

  it('lets 破折号 and 省略号 start a line but never splits them; a lone — (一字线) never starts one', () => {
    expect(lineBreakFaults(['社区的老熟人', '——张大爷', '……说好'])).toEqual([])
    expect(lineBreakFaults(['社区的老熟人—', '—张大爷'])).toEqual([
      'line 1 “社区的老熟人—” splits “——”',
      'line 2 “—张大爷” starts with “—”',
    ])
    expect(lineBreakFaults(['马上办…', '…好'])).toEqual(['line 1 “马上办…” splits “……”'])
    expect(lineBreakFaults(['北京', '—上海'])).toEqual(['line 2 “—上海” starts with “—”'])
  })

  it('reads lines as extracted: surrounding spaces and zero-width characters aside, blank lines skipped', () => {
    expect(lineBreakFaults(['', '    创建全国文明城市，', '\u2060·身边好人  ', '   '])).toEqual(['line 3 “·身边好人” starts with “·”'])
    expect(lineBreakFaults([])).toEqual([])
    expect(lineBreakFaults(['（本手册为演示内容。）', '“好！”他说。'])).toEqual([])
  })
})

describe('holdLineStarts', () => {
  const marked = (text: string) => holdLineStarts(text, (pair) => `[${pair}]`)

  it('keeps the marks Chromium lets start a line with the character before them, and nothing else', () => {
    expect(marked('阿依古丽·买买提')).toBe('阿依古[丽·]买买提')
    expect(marked('9:00～17:00，北京—上海，3～6岁／7岁')).toBe('9:0[0～]17:00，北[京—]上海，[3～]6[岁／]7岁')
    // After spaces, any no-start mark: Chromium breaks after every space.
    expect(marked('居民公约 · 身边好人  ）')).toBe('居民公[约 ·] 身边好[人  ）]')
    const untouched = '他说：“欢迎来到《文明公约（示例）》宣讲会！”——张大爷……好。'
    expect(marked(untouched)).toBe(untouched)
  })

  it('changes no text: nothing invisible is added, and what is not held goes through `plain`', () => {
    const text = '阿依古丽·买买提 · 9:00～17:00 北京—上海'
    expect(holdLineStarts(text, (pair) => pair)).toBe(text)
    const escapeLt = (part: string) => part.replaceAll('<', '&lt;')
    expect(holdLineStarts('<b>丽·买</b>', (pair) => `<span class="${HOLD_CLASS}">${escapeLt(pair)}</span>`, escapeLt)).toBe(
      `&lt;b><span class="${HOLD_CLASS}">丽·</span>买&lt;/b>`,
    )
  })
})

describe('shorten', () => {
  it('cuts at whole characters and never leaves an opening mark before the ellipsis', () => {
    expect(shorten('杏花岭区居民文明公约', 22)).toBe('杏花岭区居民文明公约')
    expect(shorten('杏花岭区居民文明公约（示例文本）', 12)).toBe('杏花岭区居民文明公约…')
    expect(shorten('𠈌𠈌𠈌𠈌', 3)).toBe('𠈌𠈌…')
    expect(shorten('第一节 “文明”', 5)).toBe('第一节…')
    expect(shorten('“《（', 2)).toBe('…')
  })
})

describe('the web stylesheet', () => {
  it('sets the rule’s CSS on the body of every page, which are Chinese (lang="zh-CN")', () => {
    const css = readFileSync(path.join(root, 'site/styles/base.css'), 'utf8')
    const body = /@layer base \{[\s\S]*?\n {2}body \{([^}]*)\}/.exec(css)?.[1] ?? ''
    for (const declaration of LINE_BREAK_CSS.split(';').filter((part) => part.trim())) {
      expect(body.replace(/\s+/g, ' '), declaration).toContain(`${declaration.trim()};`)
    }
    expect(readFileSync(path.join(root, 'site/layouts/Base.astro'), 'utf8')).toContain('<html lang="zh-CN">')
  })
})
