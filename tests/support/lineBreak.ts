/**
 * Text that tempts a line breaker (every mark of site/lib/lineBreak.ts at every position a
 * line can end), and the lines a page or a PDF really has, for lineBreakFaults.
 */
import { spawn } from 'node:child_process'

import type { Page } from 'playwright-core'

/**
 * Sentences with every kind of mark the rule names: quotes, brackets and book-title marks of
 * every shape, pause and stop marks, 破折号, 省略号, a wave dash (which only line-break: strict
 * keeps off a line start), signs after numbers, half-width brackets.
 */
export const TEMPTING_COMMON =
  '他说：“欢迎来到《杏花岭区居民文明公约（示例文本）》宣讲会！”大家齐声答：“好！”【提示】〔注一〕「引文」『内引』，' +
  '请读第〈一〉条；问：怎么办？答：马上办……社区的‘老熟人’——张大爷——说〜好〜，满意率98％，气温30℃（室外），以及(半角括号)和[方括号]。'

/**
 * The marks Chromium would move to a line start even with line-break: strict, which print
 * holds with holdLineStarts (site/lib/lineBreak.ts): an interpunct (also between spaces, as
 * editors type it), ～ and a lone — as connectors, a full-width solidus.
 */
export const TEMPTING_HELD = '志愿者阿依古丽·买买提每天9:00～17:00在岗；北京—上海、1～2岁／3～6岁，居民公约 · 身边好人。'

export const TEMPTING = TEMPTING_COMMON + TEMPTING_HELD

const FILLER = '杏花岭区文明创建人人参与共建共享美好家园'

/** `count` paragraphs of `text` twice, the n-th shifted by n characters: every mark meets every line position. */
export function temptingParagraphs(count: number, text = TEMPTING): string[] {
  return Array.from({ length: count }, (_, n) => FILLER.repeat(3).slice(0, n) + text + text)
}

/** The same as rich-text HTML (the shape site/lib/richText.ts gives print and pages). */
export const temptingHtml = (count: number, text = TEMPTING) =>
  temptingParagraphs(count, text)
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('')

/** A PDF's text as poppler lays it out (`pdftotext -layout`), one string per line. */
export function pdfLines(bytes: Uint8Array): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'])
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`pdftotext failed (${code}): ${Buffer.concat(err).toString()}`))
      else
        resolve(
          Buffer.concat(out)
            .toString('utf8')
            .split(/\r?\n|\f/),
        )
    })
    child.stdin.end(Buffer.from(bytes))
  })
}

/**
 * Page-side: the lines of every block under `root` as laid out, read from the line boxes of
 * each character (Range.getClientRects): a character lower than the one before starts a line.
 * Blocks are the nearest non-inline ancestors of text; hidden and zero-width characters are skipped.
 */
const LINE_BOXES = `((selector) => {
  const blocks = new Map()
  for (const root of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      let block = node.parentElement
      while (block !== root && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement
      if (!blocks.has(block)) blocks.set(block, [])
      blocks.get(block).push(node)
    }
  }
  const result = []
  for (const nodes of blocks.values()) {
    const lines = []
    let line = null
    let last = null
    for (const node of nodes) {
      for (let i = 0; i < node.data.length; ) {
        const size = node.data.codePointAt(i) > 0xffff ? 2 : 1
        const range = document.createRange()
        range.setStart(node, i)
        range.setEnd(node, i + size)
        const box = [...range.getClientRects()].find((rect) => rect.width > 0 && rect.height > 0)
        if (box) {
          if (!line || box.top >= last.top + last.height / 2) lines.push((line = []))
          line.push(node.data.slice(i, i + size))
          last = box
        }
        i += size
      }
    }
    if (lines.length > 0) result.push(lines.map((chars) => chars.join('')))
  }
  return result
})`

/** The lines of every text block under `selector` on `page`, block by block. */
export async function lineBoxes(page: Page, selector: string): Promise<string[][]> {
  return (await page.evaluate(`${LINE_BOXES}(${JSON.stringify(selector)})`)) as string[][]
}
