/**
 * The page setup every printed piece shares: the print origin, the fonts and the sheet's
 * CSS (bleed and slug). The sheet itself, photos and QR codes are components (parts.tsx).
 */
import { PRINT } from '../styles/tokens.ts'
import { pageSize, type Sheet } from './geometry.ts'

/** Pages are served from this made-up origin by the renderer, never from the network. */
export const PRINT_ORIGIN = 'http://print.local'

/** The font stack of every printed piece (tokens.ts). */
export const PRINT_FONTS = PRINT.font

export function sheetCss(sheet: Sheet): string {
  const { width, height } = pageSize(sheet)
  return `
@page { size: ${width}mm ${height}mm; margin: 0; }
*, *::before, *::after { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: ${PRINT_FONTS}; font-synthesis: none; color: ${PRINT.text}; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.sheet { position: relative; width: ${width}mm; height: ${height}mm; overflow: hidden; break-after: page; }
.sheet:last-child { break-after: auto; }
.bleed { position: absolute; left: ${sheet.slug}mm; top: ${sheet.slug}mm; width: ${sheet.trimWidth + 2 * sheet.bleed}mm; height: ${sheet.trimHeight + 2 * sheet.bleed}mm; overflow: hidden; }
.trim { position: absolute; left: ${sheet.slug + sheet.bleed}mm; top: ${sheet.slug + sheet.bleed}mm; width: ${sheet.trimWidth}mm; height: ${sheet.trimHeight}mm; }
`
}
