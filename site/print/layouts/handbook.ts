/**
 * The pocket handbook (口袋手册), A5 or 大32开: a full-bleed cover, the foreword, a table
 * of contents with page numbers, each section starting on a right-hand page (a blank verso
 * before it where needed), running heads (the handbook's title on the left, the section's
 * on the right), page numbers at the outer corners, a QR code at the end of every section,
 * and a back cover with a QR code and the sponsor. The page count is padded with blank
 * pages to a multiple of 4 for saddle stitching.
 *
 * Chromium paginates; the numbers come from a first pass: every section is a link target,
 * so the PDF names the page each one starts on (its /Dests). From them the blank versos
 * and the contents' numbers are set, and the second pass is checked against the plan.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFRef } from 'pdf-lib'
import type { Page } from 'playwright-core'
import { createElement } from 'react'
import { HANDBOOK_PAPER, handbookAnchor } from '../../../contract/print.ts'
import { shorten } from '../../lib/lineBreak.ts'
import type { PublicHandbook, PublicSettings } from '../../model/types.ts'
import { absoluteUrl, paths } from '../../settings.ts'
import { PRINT } from '../../styles/tokens.ts'
import { A5, BOOK_32, pageSize, type Sheet } from '../geometry.ts'
import { dpiWarning, printPhoto } from '../images.ts'
import { markup } from '../parts.tsx'
import { PRINT_FONTS } from '../primitives.ts'
import type { Asset, PrintJob } from '../render.ts'
import { asPrintHandbook, type PrintHandbook } from '../subjects.tsx'
import { HandbookView, type LaidSection } from './HandbookView.tsx'

export const HANDBOOK_SHEETS: Record<PrintHandbook['trim'], Sheet> = { a5: A5, book32: BOOK_32 }

const COVER_PHOTO = { width: 104, height: 70 }
const SECTION_PHOTO = { width: 80, height: 54 }

/** Text of the running heads: shown only in page margins, so its glyphs are loaded on purpose. */
const runningHead = (text: string) => shorten(text, 22)
const cssString = (text: string) => `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, ' ')}"`

function css(sheet: Sheet, handbook: PrintHandbook, heads: string[]): string {
  const { width, height } = pageSize(sheet)
  const edge = sheet.slug + sheet.bleed
  const box = (side: 'left' | 'right') => `font-size: 8pt; color: ${PRINT.deepRed}; text-align: ${side};`
  const named = heads
    .map(
      (head, index) =>
        `@page p${index}:right { @top-right { content: ${cssString(runningHead(head))}; ${box('right')} vertical-align: bottom; padding-bottom: 6mm; } }`,
    )
    .join('\n')
  return `
@page { size: ${width}mm ${height}mm; margin: ${edge + 20}mm ${edge + 15}mm ${edge + 19}mm ${edge + 17}mm; }
/* The running heads and page numbers (page-margin boxes) take their type from the root, not body. */
html { font-family: ${PRINT_FONTS}; }
@page :left {
  margin-left: ${edge + 15}mm; margin-right: ${edge + 17}mm;
  @top-left { content: ${cssString(runningHead(handbook.title))}; ${box('left')} vertical-align: bottom; padding-bottom: 6mm; }
  @bottom-left { content: counter(page); font-size: 9pt; vertical-align: top; padding-top: 7mm; }
}
@page :right {
  @bottom-right { content: counter(page); font-size: 9pt; vertical-align: top; padding-top: 7mm; text-align: right; }
}
${named}
@page plain { margin: 0; @top-left { content: none } @top-right { content: none } @bottom-left { content: none } @bottom-right { content: none } }
*, *::before, *::after { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: ${PRINT_FONTS}; font-synthesis: none; color: ${PRINT.text}; font-size: 10pt; line-height: 1.75; -webkit-print-color-adjust: exact; print-color-adjust: exact; text-align: justify; }
.full { page: plain; position: relative; width: ${width}mm; height: ${height}mm; overflow: hidden; break-before: page; }
.full:first-child { break-before: auto; }
.blank { page: plain; height: 1mm; break-before: page; }
.bleed { position: absolute; left: ${sheet.slug}mm; top: ${sheet.slug}mm; width: ${sheet.trimWidth + 2 * sheet.bleed}mm; height: ${sheet.trimHeight + 2 * sheet.bleed}mm; background: ${PRINT.red}; }
.trim { position: absolute; left: ${edge}mm; top: ${edge}mm; width: ${sheet.trimWidth}mm; height: ${sheet.trimHeight}mm; padding: 16mm 14mm 14mm; display: flex; flex-direction: column; color: ${PRINT.onRed}; }
.cover .district { font-size: 11pt; letter-spacing: 0.2em; margin: 0; font-weight: 700; }
.cover h1 { font-size: 30pt; line-height: 1.25; margin: 8mm 0 0; overflow-wrap: anywhere; }
.cover .subtitle { font-size: 12pt; margin: 4mm 0 0; color: ${PRINT.cream}; }
.cover figure { margin: auto 0 0; }
.cover img { display: block; width: ${COVER_PHOTO.width}mm; height: ${COVER_PHOTO.height}mm; border: 1.2mm solid ${PRINT.onRed}; }
.cover .sponsor { margin: auto 0 0; font-size: 10pt; }
.cover figure + .sponsor { margin-top: 8mm; }
.back .trim { justify-content: flex-end; align-items: flex-start; }
.back svg { width: 30mm; height: 30mm; background: ${PRINT.qrLight}; padding: 2mm; }
.back p { margin: 3mm 0 0; font-size: 9.5pt; }
.part { break-before: page; }
.part > h2 { font-size: 17pt; line-height: 1.35; margin: 0 0 2mm; color: ${PRINT.red}; }
.part .kicker { font-size: 9pt; color: ${PRINT.deepRed}; margin: 0 0 4mm; font-weight: 700; }
.part .lead { font-weight: 700; margin: 0 0 3mm; }
.part p { margin: 0 0 0.5em; text-indent: 2em; orphans: 2; widows: 2; }
.part p.tiao { text-indent: 0; }
.part p.tiao strong { color: ${PRINT.deepRed}; margin-right: 0.5em; }
.part h3 { font-size: 11.5pt; margin: 4mm 0 2mm; color: ${PRINT.red}; break-after: avoid; }
.part img, .part .body figure { display: none; }
.part figure.photo { margin: 0 0 4mm; }
.part figure.photo img { display: block; width: ${SECTION_PHOTO.width}mm; height: ${SECTION_PHOTO.height}mm; }
.facts { display: grid; grid-template-columns: auto 1fr; gap: 0 3mm; font-size: 9pt; margin: 0 0 4mm; padding: 2mm 3mm; background: ${PRINT.tint}; }
.facts dt { font-weight: 700; color: ${PRINT.deepRed}; }
.facts dd { margin: 0; }
.more { display: flex; gap: 4mm; align-items: center; margin-top: 5mm; padding-top: 3mm; border-top: 0.3mm solid ${PRINT.red}; break-inside: avoid; }
.more svg { width: 18mm; height: 18mm; flex: none; }
.more p { text-indent: 0; margin: 0; font-size: 8pt; color: ${PRINT.small}; overflow-wrap: anywhere; }
.toc ol { list-style: none; padding: 0; margin: 0; }
.toc li { margin: 0 0 2.5mm; break-inside: avoid; }
.toc a { display: flex; align-items: baseline; gap: 2mm; color: ${PRINT.text}; text-decoration: none; }
.toc .title { flex: 0 1 auto; }
.toc .kind { color: ${PRINT.deepRed}; font-size: 8pt; margin-right: 1.5mm; }
.toc .dots { flex: 1 1 auto; border-bottom: 0.3mm dotted ${PRINT.dots}; min-width: 6mm; transform: translateY(-1mm); }
.toc .n { flex: none; width: 7mm; text-align: right; font-variant-numeric: tabular-nums; }
`
}

export interface HandbookPart {
  /** The link target: the first pass finds the page it starts on. */
  id: string
  heading: string
}

export interface HandbookLayout {
  job: PrintJob
  /** Foreword, contents and each section, in order: each starts on a right-hand page. */
  parts: HandbookPart[]
}

/** The parts in print order: foreword, contents, then each section. Each starts on a right-hand page. */
function partsOf(handbook: PrintHandbook): HandbookPart[] {
  return [
    ...(handbook.forewordHtml ? [{ id: 'foreword', heading: '前言' }] : []),
    { id: 'contents', heading: '目录' },
    ...handbook.sections.map((section, index) => ({ id: `s${index}`, heading: section.heading })),
  ]
}

/** Photos prepared for print as the layout asks for them: the files it serves, and their warnings. */
function photoDesk(warnings: string[]) {
  const assets = new Map<string, Asset>()
  const photo = async (image: PrintHandbook['cover'], box: { width: number; height: number }, where: string) => {
    if (!image) return null
    const prepared = await printPhoto(image, box.width, box.height)
    assets.set(prepared.src, prepared.asset)
    const warning = dpiWarning(prepared, where)
    if (warning) warnings.push(warning)
    return prepared
  }
  return { assets, photo }
}

export async function handbookLayout(given: PublicHandbook | PrintHandbook, site: PublicSettings): Promise<HandbookLayout> {
  const handbook = asPrintHandbook(given)
  const sheet = HANDBOOK_SHEETS[handbook.trim]
  // Chosen items that could not go in: said wherever the handbook is printed (build log, preview).
  const warnings: string[] = handbook.left > 0 ? [`有 ${handbook.left} 项所选内容尚未发布（或所选的章、条不存在），没有收进手册`] : []
  const { assets, photo } = photoDesk(warnings)
  const cover = await photo(handbook.cover, COVER_PHOTO, '手册封面')
  const sections: LaidSection[] = []
  for (const [index, section] of handbook.sections.entries()) {
    sections.push({
      id: `s${index}`,
      section,
      photo: await photo(section.photo, SECTION_PHOTO, `手册“${section.heading}”一节`),
      url: absoluteUrl(section.path),
    })
  }
  const printUrl = `${absoluteUrl(paths.print)}#${handbookAnchor(handbook.slug)}`
  const parts = partsOf(handbook)
  const heads = parts.map((part) => part.heading)
  return {
    job: {
      css: css(sheet, handbook, heads),
      body: markup(createElement(HandbookView, { handbook, site, cover, sections, printUrl })),
      sheet,
      title: handbook.title,
      subject: `${handbook.title}（${HANDBOOK_PAPER[handbook.trim]}手册）`,
      author: site.sponsor,
      creator: site.siteName,
      date: new Date(handbook.updatedAt),
      assets,
      warnings,
      glyphs: `${[handbook.title, ...heads].map(runningHead).join('')}0123456789…`,
    },
    parts,
  }
}

/** The page (1-based) each named destination of a Chromium PDF starts on, and the page count. */
export async function destinationPages(pdf: Uint8Array): Promise<{ starts: Map<string, number>; pages: number }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  const pageOf = new Map(doc.getPages().map((page, index) => [page.ref.toString(), index + 1]))
  const found = new Map<string, number>()
  const result = { starts: found, pages: doc.getPageCount() }
  const dests = doc.catalog.lookup(PDFName.of('Dests'))
  if (!(dests instanceof PDFDict)) return result
  for (const [name, value] of dests.entries()) {
    const target = doc.context.lookup(value)
    const array = target instanceof PDFArray ? target : target instanceof PDFDict ? target.lookup(PDFName.of('D'), PDFArray) : null
    const ref = array?.get(0) as PDFRef | undefined
    const page = ref ? pageOf.get(ref.toString()) : undefined
    if (page) found.set(name.decodeText(), page)
  }
  return result
}

export interface Pagination {
  /** The page each part starts on, after blank versos are put in. */
  starts: Map<string, number>
  /** Blank pages to put before each part (by id), and before the back cover. */
  blanksBefore: Map<string, number>
  padding: number
  pages: number
}

/** From the first pass: blank versos so every part starts on a right (odd) page, and padding to a multiple of 4. */
export function paginate(parts: HandbookPart[], firstPass: Map<string, number>, firstPassPages: number): Pagination {
  let shift = 0
  const starts = new Map<string, number>()
  const blanksBefore = new Map<string, number>()
  for (const { id } of parts) {
    const found = firstPass.get(id)
    if (found === undefined) throw new Error(`手册排版失败：找不到“${id}”所在的页`)
    let start = found + shift
    if (start % 2 === 0) {
      blanksBefore.set(id, 1)
      shift++
      start++
    }
    starts.set(id, start)
  }
  const before = firstPassPages + shift
  const padding = (4 - (before % 4)) % 4
  return { starts, blanksBefore, padding, pages: before + padding }
}

/**
 * Puts the blank pages and the contents' numbers into the laid-out document. Page-side
 * source text, so no transpiler helper leaks into the browser.
 */
const APPLY_PAGINATION = `(([blanks, starts, padding]) => {
  const blank = () => Object.assign(document.createElement('div'), { className: 'blank' })
  for (const [id, count] of blanks) {
    const target = document.getElementById(id)
    for (let n = 0; n < count; n++) target?.before(blank())
  }
  const pad = document.getElementById('back-cover')
  for (let n = 0; n < padding; n++) pad?.before(blank())
  for (const [id, start] of starts) {
    for (const cell of document.querySelectorAll('[data-toc="' + id + '"]')) cell.textContent = String(start)
  }
})`

export async function applyPagination(page: Page, pagination: Pagination): Promise<void> {
  const argument = JSON.stringify([[...pagination.blanksBefore], [...pagination.starts], pagination.padding])
  await page.evaluate(`${APPLY_PAGINATION}(${argument})`)
}
