/**
 * The page primitives every printed piece is built from: a sheet with bleed and slug, and
 * a QR code linking back to the online page.
 */
import QRCode from 'qrcode'

import { escapeHtml } from '../lib/html.ts'
import { pageSize, type Sheet } from './geometry.ts'

/** Pages are served from this made-up origin by the renderer, never from the network. */
export const PRINT_ORIGIN = 'http://print.local'

/** The font stack of every printed piece: Noto Sans SC, with 花園明朝 (HanaMin) for the rare characters it lacks. */
export const PRINT_FONTS = "'Noto Sans SC', HanaMin"

export function sheetCss(sheet: Sheet): string {
  const { width, height } = pageSize(sheet)
  return `
@page { size: ${width}mm ${height}mm; margin: 0; }
*, *::before, *::after { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: ${PRINT_FONTS}; font-synthesis: none; color: #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.sheet { position: relative; width: ${width}mm; height: ${height}mm; overflow: hidden; break-after: page; }
.sheet:last-child { break-after: auto; }
.bleed { position: absolute; left: ${sheet.slug}mm; top: ${sheet.slug}mm; width: ${sheet.trimWidth + 2 * sheet.bleed}mm; height: ${sheet.trimHeight + 2 * sheet.bleed}mm; overflow: hidden; }
.trim { position: absolute; left: ${sheet.slug + sheet.bleed}mm; top: ${sheet.slug + sheet.bleed}mm; width: ${sheet.trimWidth}mm; height: ${sheet.trimHeight}mm; }
`
}

/** One page: bleed artwork behind (clipped to the bleed), trimmed content inside. Crop marks are drawn on the finished PDF. */
export function sheet({ bleedArt = '', content }: { bleedArt?: string; content: string }): string {
  return `<section class="sheet"><div class="bleed">${bleedArt}</div><div class="trim">${content}</div></section>`
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

/** The QR code to the online page with 扫码阅读全文, the site's name and the address: every poster and leaflet ends with it. */
export async function readOnline(url: string, name: string, siteName: string): Promise<string> {
  return `<div class="qr">
    ${await qrSvg(url, `${name}的网页二维码`)}
    <div>
      <p><strong>扫码阅读全文</strong></p>
      <p>${escapeHtml(siteName)}</p>
      <p class="url">${escapeHtml(url)}</p>
    </div>
  </div>`
}
