/**
 * 文明课单 in print: a station's (or the district's) menu of 课单 items as an A5 leaflet
 * handed out door to door and an A4 poster for the 宣传栏, both with a QR code to the
 * ordering page and the phone number for 电话点单.
 *
 * Items are numbered (people ordering by phone say the number) and paged by count, each
 * row a fixed height whose lines shrink and then shorten (the fitter, render.ts) but never
 * push the next row off the page: the leaflet has a front with the way to order, then 13
 * items a page, and a 点单记录 page when that makes the page count odd (both sides of whole
 * sheets); the poster sets up to 4 items large, up to 9 roomy, more in two columns of 16, and a sheet per
 * 32 beyond that, each sheet with the heading and the QR code, since each is posted alone.
 */
import { createElement } from 'react'

import type { ServiceMenu } from '../../../contract/servicePrint.ts'
import type { PublicSettings } from '../../model/types.ts'
import { PRINT } from '../../styles/tokens.ts'
import { A4, A5 } from '../geometry.ts'
import { markup } from '../parts.tsx'
import { sheetCss } from '../primitives.ts'
import type { PrintJob } from '../render.ts'
import { MenuLeafletView, MenuPosterView, type Numbered } from './MenuView.tsx'

export const MENU_LEAFLET_ROWS = 13
export const MENU_POSTER_LARGE = 4
export const MENU_POSTER_ROOMY = 9
export const MENU_POSTER_ROWS = 32

/** `items` numbered from 1, in pages of `size`. */
export function pagesOf(menu: ServiceMenu, size: number): Numbered[][] {
  const pages: Numbered[][] = []
  menu.items.forEach((item, index) => {
    if (index % size === 0) pages.push([])
    pages.at(-1)?.push({ n: index + 1, item })
  })
  return pages
}

/** The item rows, for both pieces; `head`/`line` in pt, `row` in mm. */
const itemCss = (head: number, line: number, row: number) => `
.items { list-style: none; margin: 0; padding: 0; }
.item { height: ${row}mm; overflow: hidden; border-bottom: 0.2mm solid ${PRINT.dots}; padding-top: 0.8mm; }
.item p { margin: 0; white-space: nowrap; overflow: hidden; line-height: 1.25; }
.item-head { display: flex; align-items: baseline; gap: 1.5mm; font-size: ${head}pt; font-weight: 700; }
.no { flex: none; color: ${PRINT.red}; min-width: 1.6em; }
.kind { flex: none; font-size: 0.72em; color: ${PRINT.onRed}; background: ${PRINT.red}; padding: 0 1mm; border-radius: 0.6mm; font-weight: 700; }
.item-title { display: block; flex: 1 1 auto; min-width: 0; overflow: hidden; white-space: nowrap; }
.item-facts, .item-when { font-size: ${line}pt; color: ${PRINT.smallDark}; padding-left: 2em; }
.item-when { color: ${PRINT.deepRed}; }
.page-no { font-size: 8pt; color: ${PRINT.small}; text-align: right; margin: 1mm 0 0; height: 4mm; flex: none; }
.order { display: flex; gap: 5mm; align-items: center; border-top: 0.4mm solid ${PRINT.red}; padding-top: 5mm; flex: none; }
.order svg { width: var(--qr); height: var(--qr); flex: none; }
.order-words { min-width: 0; }
.order p { margin: 0; line-height: 1.45; }
.order-scan { font-size: 16pt; font-weight: 700; color: ${PRINT.red}; }
.order-phone { font-size: 11pt; font-weight: 700; white-space: nowrap; overflow: hidden; }
.order-flow, .order-site { font-size: 8pt; color: ${PRINT.smallDark}; }
.order-url { font-size: 7pt; color: ${PRINT.small}; overflow-wrap: anywhere; }
`

const POSTER_CSS = `
.band { position: absolute; left: 0; right: 0; top: 0; height: 43mm; background: ${PRINT.red}; }
.foot-band { position: absolute; left: 0; right: 0; bottom: 0; height: 11mm; background: ${PRINT.red}; }
.poster { display: flex; flex-direction: column; height: 100%; padding: 8mm 12mm 12mm; --qr: 30mm; }
.kicker { color: ${PRINT.onRed}; font-size: 12pt; font-weight: 700; letter-spacing: 0.12em; margin: 0; height: 7mm; flex: none; }
.title { color: ${PRINT.onRed}; font-size: 28pt; margin: 2mm 0 0; line-height: 1.2; height: 14mm; overflow: hidden; white-space: nowrap; flex: none; }
.lead { font-size: 11pt; color: ${PRINT.deepRed}; font-weight: 700; margin: 15mm 0 2mm; height: 6mm; overflow: hidden; white-space: nowrap; flex: none; }
.items { flex: 1 1 auto; min-height: 0; overflow: hidden; }
.roomy .item { height: 20mm; padding-top: 2mm; }
.large .item { height: 34mm; padding-top: 5mm; }
.large .item-head { font-size: 20pt; }
.large .item-facts, .large .item-when { font-size: 13pt; line-height: 1.5; }
.large { --qr: 40mm; }
.dense .items { display: grid; grid-template-columns: 1fr 1fr; grid-template-rows: repeat(16, 11.5mm); grid-auto-flow: column; column-gap: 6mm; }
.dense .item { height: 11.5mm; }
.dense .item-head { font-size: 10pt; }
.dense .item-facts, .dense .item-when { font-size: 7.5pt; }
.empty { flex: 1 1 auto; font-size: 16pt; margin: 10mm 0 0; }
.sponsor { font-size: 9pt; color: ${PRINT.onRed}; margin: 0; position: absolute; left: 12mm; right: 12mm; bottom: 1.8mm; white-space: nowrap; overflow: hidden; }
`

const LEAFLET_CSS = `
.band { position: absolute; left: 0; right: 0; top: 0; height: 37mm; background: ${PRINT.red}; }
.front { display: flex; flex-direction: column; height: 100%; padding: 8mm 10mm 8mm; --qr: 34mm; }
.kicker { color: ${PRINT.onRed}; font-size: 10pt; font-weight: 700; letter-spacing: 0.12em; margin: 0; height: 6mm; flex: none; }
.title { color: ${PRINT.onRed}; font-size: 20pt; margin: 3mm 0 0; line-height: 1.25; height: 10mm; overflow: hidden; white-space: nowrap; flex: none; }
.lead { font-size: 11.5pt; line-height: 1.7; margin: 14mm 0 0; max-height: 48mm; overflow: hidden; text-align: justify; flex: none; }
.kinds { font-size: 9.5pt; color: ${PRINT.deepRed}; font-weight: 700; margin: 4mm 0 5mm; height: 5mm; white-space: nowrap; overflow: hidden; flex: none; }
.front .order { margin-top: auto; }
.updated { font-size: 8pt; color: ${PRINT.small}; margin: 3mm 0 0; flex: none; }
.list-page { display: flex; flex-direction: column; height: 100%; padding: 10mm 10mm 8mm; }
.list-page h2 { font-size: 13pt; color: ${PRINT.red}; margin: 0 0 2mm; height: 7mm; white-space: nowrap; overflow: hidden; border-bottom: 0.4mm solid ${PRINT.red}; flex: none; }
.list-page .items { flex: 1 1 auto; min-height: 0; overflow: hidden; }
.note-how { font-size: 10pt; line-height: 1.6; margin: 0 0 4mm; }
.notes { width: 100%; border-collapse: collapse; font-size: 10pt; }
.notes th, .notes td { border: 0.3mm solid ${PRINT.smallDark}; height: 15mm; padding: 1mm 2mm; }
.notes th { height: 8mm; background: ${PRINT.tint}; }
`

const jobOf = (menu: ServiceMenu, site: PublicSettings, what: string) => ({
  title: `${menu.name}文明实践课单`,
  subject: `${menu.name}文明实践课单${what}，${menu.items.length} 项`,
  author: site.sponsor,
  creator: site.siteName,
  date: new Date(menu.updatedAt),
})

/** The A5 leaflet, two-sided: front, item pages, and a 点单记录 page when the count is odd. */
export function menuLeafletJob(menu: ServiceMenu, site: PublicSettings): PrintJob {
  const pages = pagesOf(menu, MENU_LEAFLET_ROWS)
  const notePage = (1 + pages.length) % 2 === 1
  return {
    ...jobOf(menu, site, '（A5 宣传单）'),
    css: sheetCss(A5) + itemCss(10.5, 8, 12.5) + LEAFLET_CSS,
    body: markup(createElement(MenuLeafletView, { menu, site, pages, notePage })),
    sheet: A5,
  }
}

/** The A4 poster: one sheet up to 32 items (large up to 9), a sheet per 32 beyond. */
export function menuPosterJob(menu: ServiceMenu, site: PublicSettings): PrintJob {
  const count = menu.items.length
  const density = count <= MENU_POSTER_LARGE ? 'large' : count <= MENU_POSTER_ROOMY ? 'roomy' : 'dense'
  const pages = pagesOf(menu, density === 'dense' ? MENU_POSTER_ROWS : MENU_POSTER_ROOMY)
  return {
    ...jobOf(menu, site, '（A4 海报）'),
    css: sheetCss(A4) + itemCss(14, 10.5, 20) + POSTER_CSS,
    body: markup(createElement(MenuPosterView, { menu, site, pages: pages.length ? pages : [[]], density })),
    sheet: A4,
  }
}
