/** The printed QR code (site/print/parts.tsx) draws exactly the modules the qrcode package encodes. */
import QRCode from 'qrcode'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { QrCode } from '../../site/print/parts.tsx'

/** The modules a stroke path of one-module-high runs covers: `M x y+0.5` starts a row, `m dx 0` skips, `h n` draws. */
function filled(path: string, size: number): boolean[] {
  const grid = new Array<boolean>(size * size).fill(false)
  let x = 0
  let row = 0
  for (const [, command, a, b] of path.matchAll(/([Mmh])([\d.]+)(?: ([\d.]+))?/g)) {
    if (command === 'M') {
      x = Number(a)
      row = Number(b) - 0.5
    } else if (command === 'm') x += Number(a)
    else {
      for (let col = x; col < x + Number(a); col++) grid[row * size + col] = true
      x += Number(a)
    }
  }
  return grid
}

describe('the printed QR code', () => {
  for (const url of ['https://xhl.example.cn/figures/hao-jing-quan/', `https://xhl.example.cn/articles/${'长'.repeat(60)}/`]) {
    it(`draws every dark module and no light one (${url.length} characters)`, () => {
      const svg = renderToStaticMarkup(createElement(QrCode, { url, label: '网页二维码' }))
      const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' })
      const dark = /<path stroke="[^"]+" d="([^"]+)"/.exec(svg)?.[1] ?? ''
      const expected = Array.from({ length: modules.size * modules.size }, (_, i) => Boolean(modules.data[i]))
      expect(filled(dark, modules.size)).toEqual(expected)
      expect(svg).toContain(`viewBox="0 0 ${modules.size} ${modules.size}"`)
      expect(svg).toContain('aria-label="网页二维码"')
    })
  }
})
