/**
 * The page primitives every printed piece is built from: a sheet with bleed, crop marks,
 * the embedded web font, and a QR code linking back to the online page.
 */
import QRCode from 'qrcode'

import { escapeHtml } from '../lib/html.ts'
import { pageSize, type Sheet } from './geometry.ts'

/** Pages are served from this made-up origin by the renderer, never from the network. */
export const PRINT_ORIGIN = 'http://print.local'

export function sheetCss(sheet: Sheet): string {
  const { width, height } = pageSize(sheet)
  return `
@import url('${PRINT_ORIGIN}/fonts/400.css');
@import url('${PRINT_ORIGIN}/fonts/700.css');
@page { size: ${width}mm ${height}mm; margin: 0; }
*, *::before, *::after { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: 'Noto Sans SC'; color: #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.sheet { position: relative; width: ${width}mm; height: ${height}mm; overflow: hidden; break-after: page; }
.sheet:last-child { break-after: auto; }
.bleed { position: absolute; left: ${sheet.slug}mm; top: ${sheet.slug}mm; width: ${sheet.trimWidth + 2 * sheet.bleed}mm; height: ${sheet.trimHeight + 2 * sheet.bleed}mm; overflow: hidden; }
.trim { position: absolute; left: ${sheet.slug + sheet.bleed}mm; top: ${sheet.slug + sheet.bleed}mm; width: ${sheet.trimWidth}mm; height: ${sheet.trimHeight}mm; }
.crop-mark { position: absolute; background: #000; }
`
}

/**
 * Crop marks on the trim lines, in the slug outside the bleed: they end 0.5 mm short of
 * the bleed edge, so no mark reaches the artwork or shows on a trimmed piece.
 */
export function cropMarks(sheet: Sheet): string {
  const gap = 0.5
  const length = sheet.slug - gap
  const weight = 0.1 // mm, a hairline
  const { width, height } = pageSize(sheet)
  const trimStart = sheet.slug + sheet.bleed
  const marks: string[] = []
  for (const x of [trimStart, width - trimStart]) {
    for (const top of [0, height - length]) {
      marks.push(`<span class="crop-mark" style="left:${x - weight / 2}mm;top:${top}mm;width:${weight}mm;height:${length}mm"></span>`)
    }
  }
  for (const y of [trimStart, height - trimStart]) {
    for (const left of [0, width - length]) {
      marks.push(`<span class="crop-mark" style="top:${y - weight / 2}mm;left:${left}mm;height:${weight}mm;width:${length}mm"></span>`)
    }
  }
  return marks.join('')
}

/** One page: bleed artwork behind (clipped to the bleed), trimmed content inside, crop marks in the slug. */
export function sheet(sheetSpec: Sheet, { bleedArt = '', content }: { bleedArt?: string; content: string }): string {
  return `<section class="sheet"><div class="bleed">${bleedArt}</div><div class="trim">${content}</div>${cropMarks(sheetSpec)}</section>`
}

/** A vector QR code (medium error correction) for an absolute URL. */
export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 0,
    color: { dark: '#000000', light: '#ffffff' },
  })
  return svg.replace('<svg ', `<svg role="img" aria-label="${escapeHtml(label)}" `)
}

export function htmlDocument(title: string, css: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${css}</style></head><body>${body}</body></html>`
}
