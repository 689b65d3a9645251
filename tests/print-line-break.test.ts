/**
 * 避头尾 in print (site/lib/lineBreak.ts): no line of a printed piece starts with a closing
 * mark or ends with an opening one, read from the PDF's own text as a print shop's tools and
 * a reader copying from the PDF see it (`pdftotext -layout`). The demo content's pieces as
 * built, and every kind of piece filled with marks at every position a line can end.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { HOLD_CLASS, lineBreakFaults } from '../site/lib/lineBreak.ts'
import type { Sign } from '../site/model/printSubjects.ts'
import { launchBrowser } from '../site/print/browser.ts'
import { Printer } from '../site/print/index.ts'
import { handbookLayout } from '../site/print/layouts/handbook.ts'
import { orderSheetJob } from '../site/print/layouts/orderSheet.tsx'
import { signJob } from '../site/print/layouts/sign.ts'
import { PressPool, printToPdf } from '../site/print/render.ts'
import type { PrintHandbook, PrintSubject } from '../site/print/subjects.tsx'
import { buildSite } from './support/cms.ts'
import { filesUnder } from './support/files.ts'
import { PRINT_SETTINGS } from './support/fixtures.ts'
import { pdfLines, TEMPTING, temptingHtml } from './support/lineBreak.ts'

const settings = PRINT_SETTINGS
const faultsOf = async (pdf: Uint8Array) => lineBreakFaults(await pdfLines(pdf))

/** A handbook whose title, headings, facts, foreword and sections are full of marks, each paragraph shifted by one character. */
const handbook: PrintHandbook = {
  id: 1,
  slug: 'bi-tou-wei',
  previousSlugs: [],
  title: '《文明公约》（示例）口袋书——“避头尾”',
  subtitle: '居民文明公约 · 身边好人 · 特色街巷（示例）',
  trim: 'a5',
  forewordHtml: temptingHtml(12),
  cover: null,
  sections: Array.from({ length: 2 }, (_, n) => ({
    kind: 'article' as const,
    heading: `第${n + 1}节：“文明”（示例）——《公约》解读`,
    kicker: '创城动态 · 来源：杏花岭区创城办',
    path: `/articles/bi-tou-wei-${n}/`,
    lead: TEMPTING,
    facts: [{ label: '开放时间', value: '每天9:00～17:00（节假日除外）；电话：0351—1234567' }],
    html: temptingHtml(40),
    photo: null,
  })),
  left: 0,
  area: '',
  updatedAt: '2026-01-01T00:00:00.000Z',
  publishedAt: '2026-01-01T00:00:00.000Z',
}

const subject: PrintSubject = {
  kind: 'figure',
  slug: 'bi-tou-wei',
  url: 'https://xhl.example.cn/figures/bi-tou-wei/',
  kicker: '身边好人',
  title: '“最美志愿者”（示例）',
  name: '阿依古丽·买买提',
  summary: TEMPTING,
  facts: [{ label: '服务时间', value: '每天9:00～17:00（节假日除外）' }],
  storyHtml: temptingHtml(30),
  photo: null,
  area: '涧河街道',
  updatedAt: '2026-01-01T00:00:00.000Z',
}

let site: string
const printer = new Printer()

beforeAll(async () => {
  site = await buildSite()
})

afterAll(() => printer.close())

describe('避头尾 in print', () => {
  it('holds in every PDF of the demo content as built: posters, leaflets, signs and the handbook', async () => {
    const pdfs = (await filesUnder(path.join(site, 'print'))).filter((file) => file.endsWith('.pdf'))
    expect(pdfs.some((file) => file.includes('/handbooks/'))).toBe(true)
    expect(pdfs.some((file) => file.includes('/signs/'))).toBe(true)
    const faults: string[] = []
    for (const file of pdfs) {
      for (const fault of await faultsOf(new Uint8Array(await readFile(file)))) faults.push(`${path.relative(site, file)}: ${fault}`)
    }
    expect(faults).toEqual([])
  })

  it('holds in a handbook, posters, a leaflet, a sign and an order sheet full of marks at every line position', async () => {
    const book = await printer.handbook(handbook, settings)
    expect(book.pages).toBeGreaterThanOrEqual(12)
    expect(await faultsOf(book.pdf), 'handbook').toEqual([])
    for (const product of ['poster-a4', 'poster-a3', 'leaflet-a5'] as const) {
      expect(await faultsOf((await printer.subject(product, subject, settings)).pdf), product).toEqual([])
    }
    const reminder: Sign = {
      reminder: '垃圾分类（干湿分开）！文明投放——共建整洁家园',
      articleNumber: 4,
      regulationSlug: 'bi-tou-wei',
      regulationTitle: '杏花岭区居民文明公约（示例文本）',
      articleText: TEMPTING,
      updatedAt: '2026-01-01T00:00:00.000Z',
    }
    const sign = await signJob(reminder, settings)
    expect(await faultsOf((await printer.print(sign)).pdf), 'sign').toEqual([])
    const line = {
      product: 'A4 海报',
      paper: 'A4（210×297 毫米）',
      name: '阿依古丽·买买提',
      quantity: 100,
      file: 'a.pdf',
      version: '2026-11-29 22:13',
    }
    const order = orderSheetJob(
      {
        number: 7,
        orderedBy: '张三（社区）',
        orderedAt: '2026-11-29 22:13',
        note: TEMPTING,
        lines: [line],
        notes: [TEMPTING, TEMPTING.slice(7)],
      },
      settings,
    )
    expect(await faultsOf((await printer.print(order)).pdf), 'order sheet').toEqual([])
  })

  describe('the check is not vacuous', () => {
    let browser: Browser
    let pool: PressPool
    beforeAll(async () => {
      browser = await launchBrowser()
      pool = new PressPool(browser, 1)
    })
    afterAll(() => browser?.close())

    it('finds the lone “》” and “，” of Chromium’s default punctuation trimming, which set the second of two marks over the first', async () => {
      const { job } = await handbookLayout(handbook, settings)
      const trimmed = await pool.with({ ...job, css: `${job.css}\nhtml { text-spacing-trim: normal; }` }, printToPdf)
      const faults = await faultsOf(trimmed)
      expect(faults.some((fault) => /starts with “[》），]”/.test(fault))).toBe(true)
    })

    it('finds the marks Chromium lets start a line when nothing holds them', async () => {
      const { job } = await handbookLayout(handbook, settings)
      const unheld = await pool.with(job, async (page) => {
        await page.evaluate((held) => {
          for (const span of document.querySelectorAll(`.${held}`)) span.replaceWith(span.textContent ?? '')
        }, HOLD_CLASS)
        return printToPdf(page)
      })
      expect((await faultsOf(unheld)).some((fault) => /starts with “[·／～—]”/.test(fault))).toBe(true)
    })
  })
})
