/**
 * QR codes (site/lib/qr.ts): the printed one (site/print/parts.tsx) and the 屏幕模式's SVG
 * files draw exactly the modules the qrcode package encodes, from the one helper.
 */
import QRCode from 'qrcode'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { QUIET_ZONE, qrModules, qrSvgFile } from '../../site/lib/qr.ts'
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

const URLS = ['https://xhl.example.cn/figures/hao-jing-quan/', `https://xhl.example.cn/articles/${'长'.repeat(60)}/`]
const expectedModules = (url: string) => {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' })
  return { size: modules.size, grid: Array.from({ length: modules.size * modules.size }, (_, i) => Boolean(modules.data[i])) }
}

describe('the printed QR code', () => {
  for (const url of URLS) {
    it(`draws every dark module and no light one (${url.length} characters)`, () => {
      const svg = renderToStaticMarkup(createElement(QrCode, { url, label: '网页二维码' }))
      const { size, grid } = expectedModules(url)
      const dark = /<path stroke="[^"]+" d="([^"]+)"/.exec(svg)?.[1] ?? ''
      expect(filled(dark, size)).toEqual(grid)
      expect(dark).toBe(qrModules(url).path)
      expect(svg).toContain(`viewBox="0 0 ${size} ${size}"`)
      expect(svg).toContain('aria-label="网页二维码"')
    })
  }
})

describe('the shared QR helper (site/lib/qr.ts)', () => {
  for (const url of URLS) {
    it(`gives the modules the qrcode package encodes (${url.length} characters)`, () => {
      const { size, grid } = expectedModules(url)
      const drawn = qrModules(url)
      expect(drawn.size).toBe(size)
      expect(filled(drawn.path, size)).toEqual(grid)
    })
  }

  it('writes a standalone SVG file with the same modules inside a light quiet zone, and nothing else', () => {
    const url = URLS[0] as string
    const { size, path } = qrModules(url)
    const svg = qrSvgFile(url, { dark: 'black', light: 'white' })
    const side = size + 2 * QUIET_ZONE
    expect(svg).toContain(`viewBox="-${QUIET_ZONE} -${QUIET_ZONE} ${side} ${side}"`)
    expect(svg).toContain(`<path fill="white" d="M-${QUIET_ZONE} -${QUIET_ZONE}h${side}v${side}H-${QUIET_ZONE}z"/>`)
    expect(svg).toContain(`<path stroke="black" d="${path}"/>`)
    expect(svg).not.toContain(url)
  })
})
