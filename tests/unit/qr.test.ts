/** The printed QR code (site/print/parts.tsx) draws exactly the modules the qrcode package encodes. */
import QRCode from 'qrcode'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { QrCode } from '../../site/print/parts.tsx'

/** The dark modules a path of `M x y h w v1 h -w z` rectangles fills. */
function filled(path: string, size: number): boolean[] {
  const grid = new Array<boolean>(size * size).fill(false)
  for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let col = Number(x); col < Number(x) + Number(width); col++) grid[Number(y) * size + col] = true
  }
  return grid
}

describe('the printed QR code', () => {
  for (const url of ['https://xhl.example.cn/figures/hao-jing-quan/', `https://xhl.example.cn/articles/${'长'.repeat(60)}/`]) {
    it(`draws every dark module and no light one (${url.length} characters)`, () => {
      const svg = renderToStaticMarkup(createElement(QrCode, { url, label: '网页二维码' }))
      const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' })
      // The second path: the first is the light background.
      const dark = [...svg.matchAll(/<path fill="[^"]+" d="([^"]+)"/g)][1]?.[1] ?? ''
      const expected = Array.from({ length: modules.size * modules.size }, (_, i) => Boolean(modules.data[i]))
      expect(filled(dark, modules.size)).toEqual(expected)
      expect(svg).toContain(`viewBox="0 0 ${modules.size} ${modules.size}"`)
      expect(svg).toContain('aria-label="网页二维码"')
    })
  }
})
