/**
 * 台账: the file a 测评 inspector asks a station for, one PDF per station and month, printed
 * in black on the office printer (plain A4, no bleed): a cover (station, month, the date it
 * was generated, the contents with their counts), then 一、概况 (orders by state, events,
 * sign-ups and attendance, volunteer hours, ratings), 二、点单服务 (each order with its state
 * and every step's date), 三、活动 (each event with attendance and its photos), 四、志愿服务时长
 * (per team and volunteer, names masked) and 五、群众评价. Tables flow across pages with their
 * heads repeated; an order or an event is never split; every page after the cover has a
 * running head and 第 N 页 共 M 页.
 *
 * Bounded for a busy station: at most two photos an event and 80 in the file (the rest are
 * counted, not printed), each prepared at 300 dpi for a 56 × 42 mm box, a few at a time.
 */
import { createElement } from 'react'

import {
  chineseDate,
  chineseMonth,
  ORDER_STATES,
  type OrderState,
  SERVICE_PRINT_LIMITS,
  type ServiceLedger,
} from '../../../contract/servicePrint.ts'
import type { PublicSettings, SiteImage } from '../../model/types.ts'
import { PRINT } from '../../styles/tokens.ts'
import { A4_PLAIN } from '../geometry.ts'
import { dpiWarning, type PrintPhoto, printPhoto } from '../images.ts'
import { markup } from '../parts.tsx'
import { PRINT_FONTS } from '../primitives.ts'
import type { Asset, PrintJob } from '../render.ts'
import { type LedgerProps, type LedgerSummary, LedgerView } from './LedgerView.tsx'

/** The printed photo box, in millimetres. */
const PHOTO = { width: 56, height: 42 }
/** Photos prepared side by side (sharp runs on libuv's threads). */
const PHOTO_WORKERS = 4
const PAGE_NUMBER_GLYPHS = '第页共0123456789 '

export function ledgerSummary(ledger: ServiceLedger): LedgerSummary {
  const orders = Object.fromEntries(Object.keys(ORDER_STATES).map((state) => [state, 0])) as Record<OrderState, number>
  for (const order of ledger.orders) orders[order.state] += 1
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)
  const stars = [5, 4, 3, 2, 1].map((n) => ledger.ratings.filter((rating) => rating.stars === n).length)
  const people = ledger.hours.filter((line) => line.person)
  return {
    orders,
    events: ledger.events.length,
    signedUp: sum(ledger.events.map((event) => event.signedUp)),
    waitlisted: sum(ledger.events.map((event) => event.waitlisted)),
    attended: sum(ledger.events.map((event) => event.attended)),
    hours: Math.round(sum(ledger.hours.map((line) => line.hours)) * 10) / 10,
    volunteers: new Set(people.map((line) => `${line.team}\u0000${line.person}`)).size,
    teams: new Set(ledger.hours.map((line) => line.team)).size,
    ratings: ledger.ratings.length,
    average: ledger.ratings.length ? sum(ledger.ratings.map((rating) => rating.stars)) / ledger.ratings.length : null,
    stars,
  }
}

type Wanted = { event: number; image: ServiceLedger['events'][number]['photos'][number] }

/** The photos to print: the first two of each event, at most 80 in all, in event order. */
function wantedPhotos(ledger: ServiceLedger): Wanted[] {
  const wanted: Wanted[] = []
  ledger.events.forEach((event, at) => {
    for (const image of event.photos.slice(0, SERVICE_PRINT_LIMITS.photosPerEvent)) {
      if (wanted.length < SERVICE_PRINT_LIMITS.ledgerPhotos) wanted.push({ event: at, image })
    }
  })
  return wanted
}

const siteImage = (image: Wanted['image'], at: number): SiteImage => ({
  src: image.sourceUrl,
  alt: image.alt,
  width: image.width ?? 0,
  height: image.height ?? 0,
  sourceUrl: image.sourceUrl,
  filename: `活动照片${at + 1}`,
  mimeType: 'image/jpeg',
  version: image.version ?? '',
})

/** Prepares the wanted photos, PHOTO_WORKERS at a time. */
async function preparePhotos(ledger: ServiceLedger): Promise<LedgerProps['photos']> {
  const wanted = wantedPhotos(ledger)
  const prepared: PrintPhoto[] = new Array(wanted.length)
  let next = 0
  const worker = async () => {
    for (let at = next++; at < wanted.length; at = next++) {
      const item = wanted[at] as Wanted
      prepared[at] = await printPhoto(siteImage(item.image, at), PHOTO.width, PHOTO.height)
    }
  }
  await Promise.all(Array.from({ length: PHOTO_WORKERS }, worker))
  const photos: LedgerProps['photos'] = new Map()
  for (const [at, event] of ledger.events.entries()) photos.set(at, { printed: [], total: event.photos.length })
  for (const [at, item] of wanted.entries()) photos.get(item.event)?.printed.push(prepared[at] as PrintPhoto)
  return photos
}

const cssString = (text: string) => `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, ' ')}"`

function css(running: string, generated: string): string {
  const ink = PRINT.text
  const margin = `font-size: 9pt; color: ${PRINT.smallDark};`
  return `
@page {
  size: ${A4_PLAIN.trimWidth}mm ${A4_PLAIN.trimHeight}mm;
  margin: 18mm 16mm 18mm;
  @top-left { content: ${cssString(running)}; ${margin} vertical-align: bottom; padding-bottom: 3mm; }
  @top-right { content: ${cssString(generated)}; ${margin} vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页"; ${margin} vertical-align: top; padding-top: 5mm; }
}
@page :first { @top-left { content: none } @top-right { content: none } @bottom-center { content: none } }
html { font-family: ${PRINT_FONTS}; }
*, *::before, *::after { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: ${PRINT_FONTS}; font-synthesis: none; color: ${ink}; font-size: 10pt; line-height: 1.5; }
p { margin: 0; }
.cover { height: 255mm; display: flex; flex-direction: column; break-after: page; padding-top: 25mm; text-align: center; }
.cover-kicker { font-size: 14pt; letter-spacing: 0.3em; }
.cover h1 { font-size: 26pt; margin: 8mm 0 2mm; line-height: 1.3; }
.cover-level { font-size: 13pt; }
.cover-title { font-size: 34pt; font-weight: 700; letter-spacing: 0.3em; margin-top: 14mm; }
.cover-month { font-size: 20pt; margin-top: 6mm; }
.contents { list-style: none; padding: 0; margin: 20mm auto 0; width: 110mm; font-size: 13pt; text-align: left; }
.contents li { display: flex; justify-content: space-between; border-bottom: 0.3mm dotted ${ink}; padding: 2mm 0; }
.cover-foot { margin-top: auto; font-size: 10pt; line-height: 1.8; }
.part { break-before: page; }
.part:nth-of-type(2) { break-before: auto; }
h2 { font-size: 16pt; margin: 0 0 4mm; padding-bottom: 1.5mm; border-bottom: 0.6mm solid ${ink}; }
h3 { font-size: 12pt; margin: 0 0 1mm; }
.none { font-size: 11pt; }
table { width: 100%; border-collapse: collapse; }
.summary th, .summary td { border: 0.3mm solid ${ink}; padding: 2mm 3mm; text-align: left; font-size: 11pt; }
.summary th { width: 45mm; white-space: pre; }
.grid { font-size: 9pt; line-height: 1.4; }
.grid th, .grid td { border: 0.3mm solid ${ink}; padding: 1mm 1.5mm; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
.grid thead { display: table-header-group; }
.grid thead th { font-weight: 700; border-bottom-width: 0.6mm; }
.grid tr { break-inside: avoid; }
.orders th:nth-child(1) { width: 23mm; } .orders th:nth-child(2) { width: 30mm; } .orders th:nth-child(3), .orders th:nth-child(4) { width: 24mm; }
.orders th:nth-child(5) { width: 12mm; }
.steps .step { margin-right: 2mm; }
.steps .when { white-space: nowrap; }
.state { white-space: nowrap; }
.subtotal td { font-weight: 700; }
.ratings th:nth-child(1) { width: 24mm; } .ratings th:nth-child(3) { width: 12mm; } .ratings th:nth-child(5) { width: 18mm; }
.event { break-inside: avoid; border-bottom: 0.3mm solid ${ink}; padding: 2.5mm 0 3mm; }
.photos { display: flex; gap: 4mm; margin-top: 2mm; }
.photos img { width: ${PHOTO.width}mm; height: ${PHOTO.height}mm; display: block; }
.more { font-size: 9pt; color: ${PRINT.smallDark}; margin-top: 1mm; }
`
}

/** The 台账 ready to print: its photos fetched and prepared first. */
export async function ledgerJob(ledger: ServiceLedger, site: PublicSettings): Promise<PrintJob> {
  const photos = await preparePhotos(ledger)
  const summary = ledgerSummary(ledger)
  const running = `${ledger.station} · ${chineseMonth(ledger.month)}工作台账`
  const generated = `生成于 ${chineseDate(ledger.generatedAt, { time: false, weekday: false })}`
  const assets = new Map<string, Asset>()
  const warnings = new Set<string>()
  for (const { printed } of photos.values()) {
    for (const photo of printed) {
      assets.set(photo.src, photo.asset)
      const warning = dpiWarning(photo, '台账')
      if (warning) warnings.add(warning)
    }
  }
  return {
    css: css(running, generated),
    body: markup(createElement(LedgerView, { ledger, site, summary, photos })),
    sheet: A4_PLAIN,
    title: `${ledger.station}${chineseMonth(ledger.month)}工作台账`,
    subject: `新时代文明实践工作台账（A4）：${summary.events} 场活动，${ledger.orders.length} 单点单`,
    author: site.sponsor,
    creator: site.siteName,
    date: new Date(ledger.generatedAt),
    assets,
    warnings: [...warnings],
    glyphs: `${running}${generated}${PAGE_NUMBER_GLYPHS}`,
  }
}
