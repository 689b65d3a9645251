/**
 * QR codes of absolute URLs, drawn once for every medium: printed pieces (site/print/parts.tsx)
 * put the modules into their React markup, the 屏幕模式 deck (site/plan/screen.ts) serves
 * them as small SVG files. Both use the qrcode package's own SVG renderer (what its
 * `toString` uses; synchronous), with medium error correction.
 */
import QRCode from 'qrcode'
import { render as renderSvg } from 'qrcode/lib/renderer/svg-tag.js'

/** The light margin a reader needs around the code, in modules (the standard's quiet zone). */
export const QUIET_ZONE = 4

/** The code's size in modules and its dark modules' path: one stroke per run of a row, seamless when rasterized. */
export function qrModules(url: string): { size: number; path: string } {
  const code = QRCode.create(url, { errorCorrectionLevel: 'M' })
  const svg = renderSvg(code, { margin: 0 })
  const path = /<path stroke="[^"]*" d="([^"]*)"/.exec(svg)?.[1]
  if (path === undefined) throw new Error('二维码生成失败')
  return { size: code.modules.size, path }
}

/**
 * A standalone SVG file of the code with its quiet zone, for an <img>. It holds nothing but
 * numbers and the two colours given, so no text of a story ever reaches it.
 */
export function qrSvgFile(url: string, colours: { dark: string; light: string }): string {
  const { size, path } = qrModules(url)
  const side = size + 2 * QUIET_ZONE
  const at = -QUIET_ZONE
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${at} ${at} ${side} ${side}" width="${side * 8}" height="${side * 8}" shape-rendering="crispEdges">`,
    `<path fill="${colours.light}" d="M${at} ${at}h${side}v${side}H${at}z"/>`,
    `<path stroke="${colours.dark}" d="${path}"/>`,
    '</svg>\n',
  ].join('')
}
