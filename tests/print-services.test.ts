/**
 * 课单, 活动签到表 and 台账 in print (issue 19), from the plain shapes the CMS will send
 * (contract/servicePrint.ts): checked by opening the real PDFs (page boxes, embedded fonts,
 * text, QR codes, a poppler render) and by the PDF/X-3 preflight of their CMYK editions; a
 * long menu pages instead of overflowing; a heavy month's 台账 carries every order, every
 * event with its photos, masked volunteers and the ratings; and the preview service prints
 * each from a POST, refusing what it should with a specific Chinese message.
 */
import jsQR from 'jsqr'
import { afterAll, describe, expect, it } from 'vitest'

import { SERVICE_LEDGER, SERVICE_MENU, type ServiceProduct, SIGN_IN_SHEET } from '../contract/servicePrint.ts'
import { lineBreakFaults } from '../site/lib/lineBreak.ts'
import { toPdfX } from '../site/print/cmyk.ts'
import { Printer } from '../site/print/index.ts'
import { stack } from './support/cms.ts'
import { PRINT_SETTINGS } from './support/fixtures.ts'
import { pdfLines, TEMPTING } from './support/lineBreak.ts'
import {
  decodeQr,
  fonts,
  imageSizes,
  inkCoverage,
  pageBoxes,
  pageTexts,
  preflightPdfX,
  rasterPage,
  textOutsideTrim,
} from './support/pdf.ts'
import { SAMPLE_ORIGIN, sampleLedger, sampleMenu, samplePhoto, sampleSignIn } from './support/servicePrint.ts'

const MM = 72 / 25.4
const mm = (box: number[] | null | undefined) => box?.map((value) => Number((value / MM).toFixed(1)))
/** 第 N 页 共 M 页, however the extraction spaces it. */
const pageNumber = (n: number, of: number) => new RegExp(`第\\s*${n}\\s*页\\s*共\\s*${of}\\s*页`)
const squeeze = (text: string) => text.replace(/\s+/g, '')
const printer = new Printer()
const site = PRINT_SETTINGS

afterAll(() => printer.close())

/** The QR code in the bottom `heightMm` of a page, as a phone held to it sees it (a dense page's red tags fool a decoder shown the whole page). */
async function decodeQrAtFoot(pdf: Uint8Array, page: number, heightMm: number): Promise<string | null> {
  const image = await rasterPage(pdf, page, 200)
  const rows = Math.round((heightMm / 25.4) * 200)
  const data = image.data.slice((image.height - rows) * image.width * 4)
  return jsQR(data, image.width, rows)?.data ?? null
}

/** Pages of `trim` mm (bleed 3 and slug 6 when `cut`), fonts embedded, text inside the trim, ink on every page, and a CMYK edition that passes preflight. */
async function expectPrintReady(pdf: Uint8Array, trim: [number, number], cut: boolean, inkPages?: number[]): Promise<void> {
  const [width, height] = trim
  const out = cut ? 9 : 0
  for (const { media, trim: box } of await pageBoxes(pdf)) {
    expect(mm(media)).toEqual([0, 0, width + 2 * out, height + 2 * out])
    expect(mm(box)).toEqual([out, out, width + out, height + out])
  }
  const found = await fonts(pdf)
  expect(found.length).toBeGreaterThan(0)
  for (const font of found) {
    expect(font.subtype, font.baseFont).not.toBe('Type3')
    expect(font.embedded, font.baseFont).toBe(true)
    expect(font.baseFont).toMatch(/^[A-Z]{6}\+(NotoSansSC|HanaMin)/)
  }
  expect(await textOutsideTrim(pdf)).toEqual([])
  const pages = (await pageBoxes(pdf)).length
  for (const page of inkPages ?? Array.from({ length: pages }, (_, at) => at + 1)) {
    expect(await inkCoverage(pdf, page), `page ${page}`).toBeGreaterThan(0.01)
  }
  expect((await pageTexts(pdf)).join('')).not.toMatch(/\uFFFD/)
  expect(await preflightPdfX(await toPdfX(pdf, 'Xinghualing'))).toEqual([])
}

describe('课单 (the menu) as an A5 leaflet and an A4 poster', () => {
  const menu = (count: number) => SERVICE_MENU.parse({ ...sampleMenu(count), intro: TEMPTING })

  it('prints a short menu on one leaflet sheet and one poster, with the way to order and a QR code to the ordering page', async () => {
    const leaflet = await printer.serviceMenu(menu(3), 'leaflet-a5', site)
    expect(leaflet.pages).toBe(2)
    await expectPrintReady(leaflet.pdf, [148, 210], true)
    const [front, back] = (await pageTexts(leaflet.pdf)).map(squeeze) as [string, string]
    expect(front).toContain('巨轮街道新时代文明实践所·文明实践课单')
    expect(front).toContain('扫码点单')
    expect(front).toContain('电话点单：0351-1234567（工作日9:00—17:00）')
    expect(front).toContain('共3项')
    expect(await decodeQr(leaflet.pdf, 1)).toBe(`${SAMPLE_ORIGIN}/services/julun/`)
    for (const title of ['课单1：文明礼仪进社区', '课单2：文明礼仪进社区', '课单3：文明礼仪进社区']) expect(back).toContain(title)
    expect(back).toContain('可预约：12月1日至1月31日·每周二、四下午')
    expect(back).toContain('约45分钟')
    expect(back).toContain('限21人')
    // One station's menu names the station once, in the heading, not on every row.
    expect(back.split('巨轮街道新时代文明实践所').length - 1).toBe(1)

    const poster = await printer.serviceMenu(menu(3), 'poster-a4', site)
    expect(poster.pages).toBe(1)
    await expectPrintReady(poster.pdf, [210, 297], true)
    expect(await decodeQr(poster.pdf, 1)).toBe(`${SAMPLE_ORIGIN}/services/julun/`)
    expect(squeeze((await pageTexts(poster.pdf))[0] as string)).toContain('课单3：文明礼仪进社区')
  })

  it('pages a 40-item menu: every item once, numbered, page numbers, whole sheets, the QR code on every poster sheet', async () => {
    const leaflet = await printer.serviceMenu(menu(40), 'leaflet-a5', site)
    // The front, four pages of items (13 a page) and a 点单记录 page: both sides of three sheets.
    expect(leaflet.pages).toBe(6)
    await expectPrintReady(leaflet.pdf, [148, 210], true)
    const texts = (await pageTexts(leaflet.pdf)).map(squeeze)
    for (let n = 1; n <= 4; n++) expect(texts[n]).toMatch(pageNumber(n, 4))
    expect(texts[5]).toContain('点单记录')
    const all = texts.join('')
    for (let n = 1; n <= 40; n++) {
      if (n % 7) expect(all.split(`课单${n}：文明礼仪进社区`).length - 1, `item ${n}`).toBe(1)
    }
    // A long title is shortened on its one line, with a warning for the editor (once, not per row).
    expect(all).toContain('“健康生活”系列讲座之7')
    expect(leaflet.warnings.filter((warning) => warning.includes('课单名称'))).toHaveLength(1)

    const poster = await printer.serviceMenu(menu(40), 'poster-a4', site)
    expect(poster.pages).toBe(2)
    await expectPrintReady(poster.pdf, [210, 297], true)
    const sheets = (await pageTexts(poster.pdf)).map(squeeze)
    expect(sheets[0]).toMatch(pageNumber(1, 2))
    expect(sheets[1]).toMatch(pageNumber(2, 2))
    expect(sheets[0]).toContain('课单32：文明礼仪进社区')
    expect(sheets[1]).toContain('课单33：文明礼仪进社区')
    for (const page of [1, 2]) expect(await decodeQrAtFoot(poster.pdf, page, 70)).toBe(`${SAMPLE_ORIGIN}/services/julun/`)
  })

  it('breaks Chinese lines as the other pieces do, and names each row’s provider on the district’s menu', async () => {
    const leaflet = await printer.serviceMenu(menu(3), 'leaflet-a5', site)
    expect(lineBreakFaults(await pdfLines(leaflet.pdf))).toEqual([])
    const district = await printer.serviceMenu(SERVICE_MENU.parse(sampleMenu(4, 'district')), 'poster-a4', site)
    const text = squeeze((await pageTexts(district.pdf))[0] as string)
    expect(text).toContain('太原市杏花岭区文明实践课单')
    expect(text).toContain('涧河公园文明实践广场')
  })

  it('prints hostile text as text: markup, a rare character, an 80-character title on one line', async () => {
    const hostile = sampleMenu(2)
    const title = `<img src=x onerror=alert(1)>𠈌${'长'.repeat(80)}`.slice(0, 80)
    hostile.items[0] = { ...(hostile.items[0] as (typeof hostile.items)[number]), title, provider: '</li><script>x</script>' }
    hostile.intro = '<b>不加粗</b>'
    const leaflet = await printer.serviceMenu(SERVICE_MENU.parse(hostile), 'leaflet-a5', site)
    expect(leaflet.pages).toBe(2)
    await expectPrintReady(leaflet.pdf, [148, 210], true)
    const text = squeeze((await pageTexts(leaflet.pdf)).join(''))
    expect(text).toContain('<b>不加粗</b>')
    expect(text).toContain('<imgsrc=xonerror=alert(1)>𠈌')
    expect(leaflet.warnings).toContain('A5 课单宣传单：课单名称过长，已缩短。')
  })

  it('prints an empty menu as a pointer to the online menu rather than a blank page', async () => {
    const poster = await printer.serviceMenu(SERVICE_MENU.parse(sampleMenu(0)), 'poster-a4', site)
    expect(poster.pages).toBe(1)
    expect(squeeze((await pageTexts(poster.pdf))[0] as string)).toContain('课单正在更新，请扫码查看最新课单。')
  })
})

describe('活动签到表 (the paper sign-in sheet)', () => {
  it('has rows for the capacity, the waitlist and a margin, over numbered pages each naming the event, with its QR code', async () => {
    const sheet = await printer.signInSheet(SIGN_IN_SHEET.parse(sampleSignIn(50, 6)), site)
    // 56 places and a fifth more (12): 68 rows, filled to four pages of 20.
    expect(sheet.pages).toBe(4)
    await expectPrintReady(sheet.pdf, [210, 297], false)
    const texts = (await pageTexts(sheet.pdf)).map(squeeze)
    for (const [at, text] of texts.entries()) {
      expect(text).toContain('冬季防火安全知识讲座')
      expect(text).toContain('时间：2026年12月3日星期四14:00—16:00')
      expect(text).toContain('地点：巨轮街道新时代文明实践所（杏花岭区巨轮街88号）')
      expect(text).toContain('序号姓名联系电话所在社区签名')
      expect(text).toMatch(pageNumber(at + 1, 4))
      expect(await decodeQr(sheet.pdf, at + 1)).toBe(`${SAMPLE_ORIGIN}/events/winter-fire-safety/`)
    }
    expect(texts[0]).toMatch(/签名1\D*2\D*3/)
    expect(texts[3]).toContain('80')
    expect(texts[3]).toContain('实到人数')
    expect(texts[0]).not.toContain('实到人数')
  })

  it('fits a small event on one page and an event across midnight with both dates', async () => {
    const small = await printer.signInSheet(SIGN_IN_SHEET.parse(sampleSignIn(8)), site)
    expect(small.pages).toBe(1)
    const overnight = SIGN_IN_SHEET.parse({
      ...sampleSignIn(8),
      startsAt: '2026-12-31T20:00:00+08:00',
      endsAt: '2027-01-01T00:30:00+08:00',
    })
    const text = squeeze((await pageTexts((await printer.signInSheet(overnight, site)).pdf))[0] as string)
    expect(text).toContain('2026年12月31日星期四20:00至2027年1月1日星期五00:30')
  })
})

describe('台账 (the inspectors’ file)', () => {
  it('prints a heavy month (31 events with 2 photos each, 155 orders) with cover, summary and every section', async () => {
    const ledger = SERVICE_LEDGER.parse(await sampleLedger(31, 155))
    ledger.ratings[0] = { ...(ledger.ratings[0] as (typeof ledger.ratings)[number]), comment: TEMPTING }
    const result = await printer.ledger(ledger, site)
    // Ink on the cover, the summary, the first orders and the last page (a poppler render of all 30 pages takes long).
    await expectPrintReady(result.pdf, [210, 297], false, [1, 2, 3, result.pages])
    const texts = (await pageTexts(result.pdf)).map(squeeze)
    const [cover, summary] = texts as [string, string]
    expect(cover).toContain('巨轮街道新时代文明实践所')
    expect(cover).toContain('工作台账')
    expect(cover).toContain('2026年11月')
    expect(cover).toContain('生成日期：2026年12月1日星期二')
    expect(cover).toContain('二、点单服务155单')
    expect(cover).toContain('三、活动31场')
    expect(summary).toMatch(pageNumber(2, texts.length))
    expect(summary).toContain('点单总数155单')
    expect(summary).toContain('其中已完成67单')
    expect(summary).toContain('活动场次31场')
    expect(summary).toMatch(/签到人次\d+人次（签到率\d+%）/)
    expect(summary).toMatch(/平均4\.\d分/)
    const all = texts.join('')
    for (let n = 1; n <= 155; n++) expect(all, `order ${n}`).toContain(`JL-202611-${String(n).padStart(4, '0')}`)
    expect(all).toContain('拒绝11月6日15:00（所选时间站点已有活动，请改约）')
    for (let n = 1; n <= 31; n++) expect(all, `event ${n}`).toContain(`（第${n}场）`)
    // Volunteers by team, masked as in the admin's lists; no full name anywhere.
    expect(all).toContain('王**')
    expect(all).not.toContain('王秀英')
    expect(all).toContain('小计（')
    // Every event's two photos, at 300 dpi in their 56 × 42 mm boxes.
    const images = await imageSizes(result.pdf)
    expect(images).toHaveLength(62)
    for (const size of images) expect(size).toEqual({ width: 661, height: 496 })
    expect(lineBreakFaults(await pdfLines(result.pdf))).toEqual([])
    // Its CMYK edition (62 photos through Ghostscript) is what takes time here, not the 台账: see bench/servicePrint.ts.
  }, 300_000)

  it('stays bounded: two photos an event printed, the rest counted; an empty month still has every section', async () => {
    const many = SERVICE_LEDGER.parse(await sampleLedger(2, 3, 5))
    const result = await printer.ledger(many, site)
    expect(await imageSizes(result.pdf)).toHaveLength(4)
    expect(squeeze((await pageTexts(result.pdf)).join(''))).toContain('另有3张照片未收入台账')
    const empty = SERVICE_LEDGER.parse({ ...(await sampleLedger(0, 0)), hours: [], ratings: [] })
    const text = squeeze((await pageTexts((await printer.ledger(empty, site)).pdf)).join(''))
    for (const none of ['本月没有点单。', '本月没有活动。', '本月没有志愿服务时长记录。', '本月没有评价。']) expect(text).toContain(none)
  })
})

describe('POST /services/<product> on the preview service', () => {
  const post = (product: string, body: unknown, query = '') =>
    fetch(`http://127.0.0.1:${stack().env.PRINT_PREVIEW_PORT}/services/${product}${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })

  it('prints each product from its data, and the CMYK edition passes preflight', async () => {
    const ledger = { ...(await sampleLedger(1, 2, 0)), events: [] }
    const bodies: Record<ServiceProduct, unknown> = {
      'menu-leaflet-a5': sampleMenu(3),
      'menu-poster-a4': sampleMenu(3),
      'sign-in-sheet': sampleSignIn(10),
      ledger,
    }
    for (const [product, body] of Object.entries(bodies)) {
      const response = await post(product, body)
      expect(response.status, product).toBe(200)
      expect(response.headers.get('content-type')).toBe('application/pdf')
      const pdf = new Uint8Array(await response.arrayBuffer())
      expect(Number(response.headers.get('x-print-pages'))).toBe((await pageBoxes(pdf)).length)
    }
    const cmyk = await post('sign-in-sheet', sampleSignIn(10), '?cmyk=1')
    expect(await preflightPdfX(new Uint8Array(await cmyk.arrayBuffer()))).toEqual([])
  })

  it('refuses bad data with a message that names the field, an unknown product, foreign photos and huge bodies', async () => {
    const menu = sampleMenu(3)
    menu.items[1] = { ...(menu.items[1] as (typeof menu.items)[number]), title: '  ' }
    const bad = await post('menu-poster-a4', menu)
    expect(bad.status).toBe(400)
    expect((await bad.json()).message).toBe('课单海报 A4的数据不正确：第 2 项课单的 title：不能为空')
    const month = await post('ledger', { ...(await sampleLedger(0, 0)), month: '2026年11月' })
    expect((await month.json()).message).toContain('月份应写作 2026-11')
    expect((await post('sign-in-sheet', { ...sampleSignIn(10), capacity: '十' })).status).toBe(400)
    expect((await post('flyer', sampleMenu(1))).status).toBe(404)
    const photo = await samplePhoto(1, 64, 48)
    const ledger = await sampleLedger(1, 0, 0)
    const foreign = {
      ...ledger,
      events: ledger.events.map((event) => ({ ...event, photos: [{ ...photo, sourceUrl: 'http://169.254.169.254/latest/x.jpg' }] })),
    }
    const refused = await post('ledger', foreign)
    expect(refused.status).toBe(400)
    expect((await refused.json()).message).toBe('台账的照片只能来自本平台的媒体库。')
    expect((await post('ledger', `{"station":"${'站'.repeat(3 * 1024 * 1024)}"}`)).status).toBe(413)
    expect((await post('ledger', '{not json')).status).toBe(400)
  })
})
