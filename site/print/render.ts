import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'

import { PDFDocument, PDFHexString } from 'pdf-lib'
import type { Browser, Route } from 'playwright-core'

import { bleedBox, mediaBox, type Sheet, trimBox } from './geometry.ts'
import { PRINT_ORIGIN } from './primitives.ts'

export interface Asset {
  body: Uint8Array
  contentType: string
}

export interface PrintJob {
  html: string
  sheet: Sheet
  title: string
  subject: string
  /** Who the PDF names as author (the sponsor) and creator (the site). */
  author: string
  creator: string
  /** The content's own date, written as the PDF's creation and modification date: printing the same content twice gives the same file. */
  date: Date
  /** Files the page refers to under PRINT_ORIGIN, by path (e.g. /images/portrait.jpg). */
  assets?: Map<string, Asset>
}

export interface PrintResult {
  pdf: Uint8Array
  pages: number
  /** Design rules that changed the content to make it fit, in Chinese for the editor. */
  warnings: string[]
}

const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/package.json')))

async function serveFont(route: Route, pathname: string): Promise<void> {
  // Only woff2: Chromium embeds it as a subset CID TrueType font with a ToUnicode map.
  const relative = pathname.replace(/^\/fonts\//, '')
  if (relative.includes('..') || !/^(\d{3}\.css|files\/[\w.-]+\.woff2)$/.test(relative)) {
    await route.fulfill({ status: 404 })
    return
  }
  let body = await readFile(path.join(fontDir, relative))
  if (relative.endsWith('.css')) {
    body = Buffer.from(body.toString('utf8').replace(/,\s*url\([^)]*\.woff\) format\('woff'\)/g, ''))
  }
  await route.fulfill({
    status: 200,
    body,
    contentType: relative.endsWith('.css') ? 'text/css' : 'font/woff2',
  })
}

/**
 * Fits every [data-fit] box: first by stepping the type size down to its floor, then by
 * cutting whole blocks from the end and pointing the reader to the online page. Kept as
 * page-side source text so no transpiler helper leaks into the browser.
 */
const FIT_BOXES = `(() => {
  const warnings = []
  for (const box of document.querySelectorAll('[data-fit]')) {
    const floor = Number(box.dataset.fitMin ?? '8')
    let size = Number.parseFloat(getComputedStyle(box).fontSize) * 0.75
    const overflows = () => box.scrollHeight > box.clientHeight + 1
    while (overflows() && size > floor) {
      size = Math.max(floor, size - 0.5)
      box.style.fontSize = size + 'pt'
    }
    if (!overflows()) continue
    const more = document.createElement('p')
    more.className = 'fit-more'
    more.textContent = box.dataset.fitMore ?? '……'
    box.append(more)
    while (overflows() && more.previousElementSibling) more.previousElementSibling.remove()
    warnings.push(box.dataset.fitWarning ?? '内容过长，已截断。')
  }
  return warnings
})()`

// Text changed by fitting may need font slices that were not loaded yet.
const LOAD_ALL_GLYPHS = `(async () => {
  await document.fonts.ready
  const text = document.body.innerText
  await Promise.all(["400 10pt 'Noto Sans SC'", "700 10pt 'Noto Sans SC'"].map((font) => document.fonts.load(font, text)))
  await document.fonts.ready
})()`

/** Renders one HTML document at a fixed size to a JPEG (share cards), with the same embedded fonts as print. */
export async function renderImage(browser: Browser, html: string, width: number, height: number): Promise<Uint8Array> {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 })
  try {
    await page.route(`${PRINT_ORIGIN}/**`, async (route) => {
      const { pathname } = new URL(route.request().url())
      if (pathname === '/') return route.fulfill({ status: 200, body: html, contentType: 'text/html; charset=utf-8' })
      if (pathname.startsWith('/fonts/')) return serveFont(route, pathname)
      return route.fulfill({ status: 404 })
    })
    const response = await page.goto(`${PRINT_ORIGIN}/`, { waitUntil: 'load' })
    if (!response?.ok()) throw new Error(`分享图加载失败：HTTP ${response?.status()}`)
    await page.evaluate(LOAD_ALL_GLYPHS)
    // Every character drawn with the embedded font, none as a missing-glyph box.
    const covered = await page.evaluate(() => document.fonts.check("700 40px 'Noto Sans SC'", document.body.innerText))
    if (!covered) throw new Error('分享图的中文字体没有加载完整')
    return new Uint8Array(await page.screenshot({ type: 'jpeg', quality: 85 }))
  } finally {
    await page.close()
  }
}

/** Renders one HTML document to a print-ready PDF with TrimBox and BleedBox set. */
export async function renderPdf(browser: Browser, job: PrintJob): Promise<PrintResult> {
  const page = await browser.newPage()
  try {
    await page.route(`${PRINT_ORIGIN}/**`, async (route) => {
      const { pathname } = new URL(route.request().url())
      if (pathname === '/') return route.fulfill({ status: 200, body: job.html, contentType: 'text/html; charset=utf-8' })
      if (pathname.startsWith('/fonts/')) return serveFont(route, pathname)
      const asset = job.assets?.get(pathname)
      if (asset) return route.fulfill({ status: 200, body: Buffer.from(asset.body), contentType: asset.contentType })
      return route.fulfill({ status: 404 })
    })
    const response = await page.goto(`${PRINT_ORIGIN}/`, { waitUntil: 'load' })
    if (!response?.ok()) throw new Error(`打印页面加载失败：HTTP ${response?.status()}`)
    await page.evaluate(LOAD_ALL_GLYPHS)
    const warnings = (await page.evaluate(FIT_BOXES)) as string[]
    await page.evaluate(LOAD_ALL_GLYPHS)
    const raw = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true })
    const doc = await PDFDocument.load(raw, { updateMetadata: false })
    for (const pdfPage of doc.getPages()) {
      // Chromium rounds the page to its own units; the boxes are set to the exact paper size.
      pdfPage.setMediaBox(...mediaBox(job.sheet))
      pdfPage.setCropBox(...mediaBox(job.sheet))
      pdfPage.setBleedBox(...bleedBox(job.sheet))
      pdfPage.setTrimBox(...trimBox(job.sheet))
    }
    doc.setTitle(job.title, { showInWindowTitleBar: true })
    doc.setSubject(job.subject)
    doc.setAuthor(job.author)
    doc.setCreator(job.creator)
    doc.setLanguage('zh-CN')
    doc.setProducer('杏花岭宣传微平台 印刷工作室')
    doc.setCreationDate(job.date)
    doc.setModificationDate(job.date)
    // Chromium writes a random file ID; one derived from the content keeps reprints identical.
    const id = PDFHexString.of(
      createHash('md5')
        .update(raw.subarray(raw.indexOf('stream')))
        .digest('hex'),
    )
    doc.context.trailerInfo.ID = doc.context.obj([id, id])
    return { pdf: await doc.save(), pages: doc.getPageCount(), warnings }
  } finally {
    await page.close()
  }
}
