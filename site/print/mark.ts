/**
 * 样稿·未审核 across every page of a piece printed from a draft (打印预览), so a draft
 * printed and passed around is never taken for the approved piece. The mark is printed
 * once as a page of the piece's own size and drawn over every page of the finished PDF:
 * it lands on each page whatever the layout does (a handbook's flowing sections, its
 * blank versos), and stays text a reader can find.
 */
import { PDFDocument } from 'pdf-lib'

import { pageSize, type Sheet } from './geometry.ts'
import { sheetCss } from './primitives.ts'
import type { PrintJob } from './render.ts'

export const DRAFT_MARK = '样稿·未审核'

const CSS = `
.print-mark { position: absolute; left: 0; right: 0; top: 42%; text-align: center;
  font-size: 60pt; font-weight: 700; color: rgba(190, 0, 0, 0.28); transform: rotate(-28deg); }`

/** A page of `sheet`'s size bearing only the mark. */
export function markJob(sheet: Sheet, mark: string): PrintJob {
  const text = mark.replace(/[<>&]/g, '')
  return {
    css: sheetCss(sheet) + CSS,
    body: `<section class="sheet"><div class="print-mark">${text}</div></section>`,
    sheet,
    title: text,
    subject: text,
    author: '',
    creator: '',
    date: new Date(0),
  }
}

/** `pdf` with the one-page `mark` drawn over each of its pages. */
export async function stampMark(pdf: Uint8Array, mark: Uint8Array, sheet: Sheet): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  const [stamp] = await doc.embedPdf(mark, [0])
  if (!stamp) return pdf
  const { width, height } = pageSize(sheet)
  const points = (mm: number) => (mm * 72) / 25.4
  for (const page of doc.getPages()) page.drawPage(stamp, { x: 0, y: 0, width: points(width), height: points(height) })
  return doc.save()
}
