/**
 * 避头尾: the one line-breaking rule of web pages, share cards and every print piece.
 *
 * The sets are the "basic" level (基本处理, the level W3C recommends) of W3C "Requirements
 * for Chinese Text Layout" (clreq) §3.1.7, 行首行尾禁则, which follows GB/T 15834—2011
 * 《标点符号用法》 §5: pause and stop marks (点号), closing quotes, brackets and book-title
 * marks, connectors (连接号), interpuncts (间隔号) and solidi (分隔号) never start a line;
 * opening quotes, brackets and book-title marks never end one; the two-em dash (破折号 ——)
 * and the ellipsis (省略号 ……) may start a line but are never split (GB/T 15834 §4.16,
 * §4.11: 不能中间断开). Added to clreq's list: signs that belong to the number before them
 * (％ ‰ ℃ °, Unicode UAX #14 class PO), as in Ecma-376's Simplified Chinese no-start list.
 * Half-width marks are Western text's business (UAX #14), except closing and opening
 * brackets, which editors mix into Chinese text as （…).
 *
 * How it is enforced: pages are `lang="zh-CN"` and styled with LINE_BREAK_CSS (web:
 * site/styles/base.css; print and share cards: the press's document, site/print/render.ts).
 * Chromium's breaker (ICU, UAX #14) then keeps every mark in place but a few it lets start a
 * line after a Chinese character, or after any space (HOLD_PAIR): holdLineStarts keeps those
 * with what comes before them (print: a page-side pass, site/print/render.ts; web pages: in
 * their markup, heldHtml). lineBreakFaults checks laid-out lines.
 */
import { escapeHtml } from './html.ts'

/** Marks that never start a line (clreq §3.1.7, basic; GB/T 15834—2011 §5). */
export const NO_LINE_START = [
  '、，。：；？！‼⁇⁈⁉', // 点号: pause and stop marks
  '”’」』', // closing quotes
  '）〕】］｝〗〙)]}', // closing brackets, full- and half-width
  '》〉', // closing book-title marks
  '–‐‑－～〜—', // 连接号: connectors (a lone — is 一字线; —— at a line start is 破折号, allowed)
  '·・‧', // 间隔号: interpuncts
  '／', // 分隔号: solidus
  '％%‰℃°', // belonging to the number before them (UAX #14 PO)
].join('')

/** Marks that never end a line: opening quotes, brackets and book-title marks. */
export const NO_LINE_END = '“‘「『（〔【［｛〖〘([{《〈'

/** Marks that come in twos and are never split across lines: 破折号 and 省略号 (GB/T 15834—2011 §4.16, §4.11). */
export const INSEPARABLE = ['——', '……']

/** The declarations every Chinese text block is styled with (web and print; with lang="zh-CN"). */
export const LINE_BREAK_CSS = 'line-break: strict;'

const classOf = (chars: string) => chars.replace(/[\]\\^-]/g, '\\$&')

/** The span that keeps a held pair on one line. */
export const HOLD_CLASS = 'line-hold'
export const HOLD_CSS = `.${HOLD_CLASS} { white-space: nowrap; }`

/**
 * A character and the mark after it that Chromium would still move to a line start with
 * LINE_BREAK_CSS (measured in Chromium 153): · ／ － ～ or a lone — right after it, or any
 * no-start mark after spaces (Chromium breaks after every breaking space, whatever follows).
 * Source text, for page-side scripts too.
 */
export const HOLD_PAIR = `[^\\s](?:[·／－～]|(?<!—)—(?!—)|[ \\t\\n\\r\\f]+[${classOf(NO_LINE_START)}])`

/**
 * `text` with each HOLD_PAIR given to `hold` (in markup: a span of HOLD_CLASS, which keeps it
 * on one line) and the text between given to `plain` (in markup: escaped). The text itself
 * is unchanged: nothing invisible is added that a reader would copy or a PDF would carry.
 */
export function holdLineStarts(text: string, hold: (pair: string) => string, plain: (text: string) => string = (rest) => rest): string {
  let held = ''
  let last = 0
  for (const match of text.matchAll(new RegExp(HOLD_PAIR, 'gu'))) {
    held += plain(text.slice(last, match.index)) + hold(match[0])
    last = match.index + match[0].length
  }
  return held + plain(text.slice(last))
}

/** `text` as escaped HTML, each HOLD_PAIR in a span of HOLD_CLASS: what pages show of plain and rich text. */
export const heldHtml = (text: string): string =>
  holdLineStarts(text, (pair) => `<span class="${HOLD_CLASS}">${escapeHtml(pair)}</span>`, escapeHtml)

/**
 * `text` cut to at most `length` characters (code points, never half of one) followed by
 * `mark`, and never leaving an opening mark or a space right before the mark.
 */
export function shorten(text: string, length: number, mark = '…'): string {
  const chars = [...text]
  if (chars.length <= length) return text
  const kept = chars.slice(0, Math.max(0, length - [...mark].length))
  while (kept.length > 0 && (NO_LINE_END.includes(kept.at(-1) as string) || /^\s$/.test(kept.at(-1) as string))) kept.pop()
  return kept.join('') + mark
}

/** A line as read from a laid-out page or a PDF: without surrounding spaces and zero-width characters. */
const bare = (line: string) => line.replace(/^[\s\u2060\u200b]+|[\s\u2060\u200b]+$/g, '')

function startFault(line: string): string | null {
  const first = line[0] as string
  if (!NO_LINE_START.includes(first)) return null
  if (first === '—' && line.startsWith('——')) return null
  return `starts with “${first}”`
}

/**
 * Every breach of the rule in consecutive lines of text (one paragraph, a page, a whole
 * PDF's text), described for a test's failure message; none is []. Blank lines are skipped.
 */
export function lineBreakFaults(lines: string[]): string[] {
  const faults: string[] = []
  const text = lines.map(bare)
  text.forEach((line, index) => {
    if (line === '') return
    const at = `line ${index + 1} “${line.length > 24 ? `${line.slice(0, 24)}…` : line}”`
    const start = startFault(line)
    if (start) faults.push(`${at} ${start}`)
    const last = line.at(-1) as string
    if (NO_LINE_END.includes(last)) faults.push(`${at} ends with “${last}”`)
    const next = text[index + 1] ?? ''
    for (const pair of INSEPARABLE) {
      const half = pair[0] as string
      if (line.endsWith(half) && next.startsWith(half) && !line.endsWith(pair)) faults.push(`${at} splits “${pair}”`)
    }
  })
  return faults
}
