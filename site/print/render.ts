/**
 * Turns print layouts into PDFs a print shop accepts, on warm browser pages.
 *
 * A page ("press") loads the embedded fonts once and is then reused: each job swaps the
 * document's style and body, waits for its images and glyphs, fits its boxes and prints.
 * The PDF is then finished with pdf-lib: exact MediaBox/BleedBox/TrimBox, crop marks in
 * the slug, metadata, structure element IDs that do not depend on what the press printed
 * before (structureIds.ts), and a file ID derived from the content, so a reprint is identical.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'

import { cmyk, PDFDocument, PDFHexString, type PDFPage } from 'pdf-lib'
import type { Browser, Page, Route } from 'playwright-core'

import { HOLD_CLASS, HOLD_CSS, HOLD_PAIR, LINE_BREAK_CSS, NO_LINE_END } from '../lib/lineBreak.ts'
import { bleedBox, mediaBox, mmToPt, pageSize, type Sheet, trimBox } from './geometry.ts'
import { PRINT_ORIGIN } from './primitives.ts'
import { pinStructureIds } from './structureIds.ts'

export interface Asset {
  body: Uint8Array
  contentType: string
}

export interface PrintJob {
  /** The layout's own style sheet (the fonts and @page rules come from sheetCss). */
  css: string
  body: string
  sheet: Sheet
  title: string
  subject: string
  /** Who the PDF names as author (the sponsor) and creator (the site). */
  author: string
  creator: string
  /** The content's own date, written as the PDF's creation and modification date: printing the same content twice gives the same file. */
  date: Date
  /** Files the page refers to under PRINT_ORIGIN, by path. Paths name their content (a digest), so a cached file is always the right one. */
  assets?: Map<string, Asset>
  /** Warnings known before rendering (e.g. a photo below 300 dpi), in Chinese for the editor. */
  warnings?: string[]
  /** Text shown only in page margins (running heads): its glyphs are loaded too. */
  glyphs?: string
}

export interface PrintResult {
  pdf: Uint8Array
  pages: number
  /** Design rules that changed the content to make it fit, and print-quality concerns, in Chinese for the editor. */
  warnings: string[]
}

const fontDir = path.dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/package.json'))
/** 花園明朝 (HanaMin): the fallback for rare characters Noto Sans SC lacks (CJK Extension B–F, such as 𠈌). */
const rareDir = path.dirname(createRequire(import.meta.url).resolve('hanamin/HanaMin.css'))

let rareCss: Promise<Buffer> | undefined
/** HanaMin's faces, served from the print origin, never from a font installed on the machine. */
function rareFontCss(): Promise<Buffer> {
  rareCss ??= readFile(path.join(rareDir, 'HanaMin.css'), 'utf8').then((css) =>
    Buffer.from(
      css
        .replace(/local\([^)]*\),\s*/g, '')
        .replace(/url\(([\w.-]+\.woff2)\)/g, (_match, file: string) => `url(${PRINT_ORIGIN}/fonts/rare/${file})`),
    ),
  )
  return rareCss
}

async function serveFont(route: Route, pathname: string): Promise<void> {
  // Only woff2: Chromium embeds it as a subset CID TrueType font with a ToUnicode map.
  const relative = pathname.replace(/^\/fonts\//, '')
  let body: Buffer
  if (relative === 'rare.css') body = await rareFontCss()
  else if (/^rare\/HanaMin[AB]\.[\w-]+\.woff2$/.test(relative)) body = await readFile(path.join(rareDir, relative.slice('rare/'.length)))
  else if (/^(\d{3}\.css|files\/[\w.-]+\.woff2)$/.test(relative)) {
    body = await readFile(path.join(fontDir, relative))
    if (relative.endsWith('.css')) body = Buffer.from(body.toString('utf8').replace(/,\s*url\([^)]*\.woff\) format\('woff'\)/g, ''))
  } else {
    await route.fulfill({ status: 404 })
    return
  }
  await route.fulfill({
    status: 200,
    body,
    contentType: relative.endsWith('.css') ? 'text/css' : 'font/woff2',
    headers: { 'cache-control': 'max-age=31536000, immutable' },
  })
}

const FONTS_CSS = [
  `@import url('${PRINT_ORIGIN}/fonts/400.css');`,
  `@import url('${PRINT_ORIGIN}/fonts/700.css');`,
  `@import url('${PRINT_ORIGIN}/fonts/rare.css');`,
].join('\n')

/**
 * Chinese line breaking (避头尾, site/lib/lineBreak.ts) for every piece and share card, margin
 * boxes included. Punctuation is set full-width (space-all): Chromium's default trimming of
 * adjacent marks (text-spacing-trim: normal, as in “）》” or “。）”) draws the second mark half
 * an em back over the first one's full-width box in the PDF, and text extraction (pdftotext,
 * copying from a PDF reader) then takes the overlapped mark for a new line: a lone “）” or
 * “》” at a line start that the printed page does not have.
 */
const TEXT_CSS = `html { ${LINE_BREAK_CSS} text-spacing-trim: space-all; }\n${HOLD_CSS}`

/** The document every press keeps open: fonts loaded once, a style and a body swapped per job. */
const SHELL = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title></title><style>${FONTS_CSS}\n${TEXT_CSS}</style><style id="job"></style></head><body></body></html>`

/**
 * Keeps the marks Chromium would still let start a line with what precedes them (HOLD_PAIR,
 * in a nowrap span: the text is unchanged), under `root`; the fitter calls it again on what
 * it shortens. Page-side source text, so no transpiler helper leaks into the browser.
 */
const HOLD_LINE_STARTS = `(() => {
  const pair = new RegExp(${JSON.stringify(HOLD_PAIR)}, 'gu')
  window.holdLineStarts = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const nodes = []
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement.closest('.${HOLD_CLASS}')) nodes.push(node)
    }
    for (const node of nodes) {
      const parts = []
      let last = 0
      for (const match of node.data.matchAll(pair)) {
        const span = Object.assign(document.createElement('span'), { className: '${HOLD_CLASS}', textContent: match[0] })
        parts.push(node.data.slice(last, match.index), span)
        last = match.index + match[0].length
      }
      if (parts.length > 0) node.replaceWith(...parts, node.data.slice(last))
    }
  }
  window.holdLineStarts(document.body)
})()`

/**
 * Fits every [data-fit] box: first by stepping the type size down to its floor; then a
 * block box ([data-fit]) loses whole blocks from its end and points the reader to the
 * online page, and a text box ([data-fit=text]: a name, a title) is shortened with an ellipsis. Every
 * change is reported to the editor. Kept as page-side source text so no transpiler
 * helper leaks into the browser.
 */
const FIT_BOXES = `(() => {
  const warnings = []
  // Cut at a whole character, never right after an opening mark (site/lib/lineBreak.ts, shorten).
  const noEnd = ${JSON.stringify(NO_LINE_END)}
  const cut = (text, end) => {
    const chars = Array.from(text.slice(0, end))
    if (chars.length > 0 && /[\\uD800-\\uDBFF]/.test(chars.at(-1))) chars.pop()
    while (chars.length > 0 && (noEnd.includes(chars.at(-1)) || /^\\s$/.test(chars.at(-1)))) chars.pop()
    return chars.join('') + '……'
  }
  // Shortened text is held again (HOLD_LINE_STARTS) before it is measured.
  const set = (element, text) => {
    element.textContent = text
    window.holdLineStarts?.(element)
  }
  for (const box of document.querySelectorAll('[data-fit]')) {
    const floor = Number(box.dataset.fitMin ?? '8')
    let size = Number.parseFloat(getComputedStyle(box).fontSize) * 0.75
    const overflows = () => box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1
    while (overflows() && size > floor) {
      size = Math.max(floor, size - 0.5)
      box.style.fontSize = size + 'pt'
    }
    if (!overflows()) continue
    if (box.dataset.fit === 'text') {
      const text = box.textContent
      let low = 0
      let high = text.length
      while (low < high) {
        const mid = Math.ceil((low + high) / 2)
        set(box, cut(text, mid))
        if (overflows()) high = mid - 1
        else low = mid
      }
      set(box, cut(text, low))
    } else {
      const more = document.createElement('p')
      more.className = 'fit-more'
      more.textContent = box.dataset.fitMore ?? '……'
      box.append(more)
      // Whole blocks go from the end; the last paragraph that partly fits is cut inside.
      while (overflows() && more.previousElementSibling) {
        const last = more.previousElementSibling
        const text = last.textContent
        last.remove()
        if (last.tagName !== 'P' || overflows()) continue
        box.insertBefore(last, more)
        let low = 0
        let high = text.length
        while (low < high) {
          const mid = Math.ceil((low + high) / 2)
          set(last, cut(text, mid))
          if (overflows()) high = mid - 1
          else low = mid
        }
        if (low < 8) last.remove()
        else set(last, cut(text, low))
        break
      }
    }
    warnings.push(box.dataset.fitWarning ?? '内容过长，已截断。')
  }
  return warnings
})()`

// Text that appears after fitting may need font slices that were not loaded yet.
const LOAD_ALL_GLYPHS = `(async () => {
  await document.fonts.ready
  const text = document.body.innerText + document.title + (window.printGlyphs ?? '')
  const faces = ["400 10pt 'Noto Sans SC', HanaMin", "700 10pt 'Noto Sans SC', HanaMin"]
  await Promise.all(faces.map((font) => document.fonts.load(font, text)))
  await document.fonts.ready
  return faces.every((font) => document.fonts.check(font, text))
})()`

// Only images the layout shows: a rich-text image (loading="lazy") that the layout hides never
// loads, so its decode() would never settle and the piece would wait forever.
const WAIT_FOR_IMAGES = `Promise.all([...document.images].filter((image) => image.getClientRects().length > 0).map((image) => {
  image.loading = 'eager'
  return image.decode().then(() => null, () => image.getAttribute('src'))
}))`

/** One browser page kept warm between jobs; jobs on it run one after another. */
class Press {
  #queue: Promise<unknown> = Promise.resolve()
  #assets = new Map<string, Asset>()
  readonly ready: Promise<Page>
  pending = 0

  constructor(browser: Browser) {
    this.ready = this.#open(browser)
  }

  async #open(browser: Browser): Promise<Page> {
    const page = await browser.newPage()
    await page.route(`${PRINT_ORIGIN}/**`, async (route) => {
      const { pathname } = new URL(route.request().url())
      if (pathname === '/') return route.fulfill({ status: 200, body: SHELL, contentType: 'text/html; charset=utf-8' })
      if (pathname.startsWith('/fonts/')) return serveFont(route, pathname)
      const asset = this.#assets.get(pathname)
      if (asset) return route.fulfill({ status: 200, body: Buffer.from(asset.body), contentType: asset.contentType })
      return route.fulfill({ status: 404 })
    })
    const response = await page.goto(`${PRINT_ORIGIN}/`, { waitUntil: 'load' })
    if (!response?.ok()) throw new Error(`打印页面加载失败：HTTP ${response?.status()}`)
    return page
  }

  run<T>(work: (page: Page, assets: Map<string, Asset>) => Promise<T>): Promise<T> {
    this.pending++
    const result = this.#queue.then(async () => {
      try {
        return await work(await this.ready, this.#assets)
      } finally {
        this.pending--
      }
    })
    this.#queue = result.catch(() => undefined)
    return result
  }
}

/** Sets a job's document on a warm page and waits until it is ready to print. */
async function lay(
  page: Page,
  assets: Map<string, Asset>,
  job: { title: string; css: string; body: string; assets?: Map<string, Asset>; glyphs?: string },
) {
  assets.clear()
  for (const [where, asset] of job.assets ?? []) assets.set(where, asset)
  await page.evaluate(
    ([title, css, body, glyphs]) => {
      document.title = title as string
      ;(document.getElementById('job') as HTMLStyleElement).textContent = css as string
      document.body.innerHTML = body as string
      ;(window as unknown as { printGlyphs: string }).printGlyphs = glyphs as string
    },
    [job.title, job.css, job.body, job.glyphs ?? ''],
  )
  await page.evaluate(HOLD_LINE_STARTS)
  const missing = ((await page.evaluate(WAIT_FOR_IMAGES)) as (string | null)[]).filter((src) => src !== null)
  if (missing.length > 0) throw new Error(`打印用图片无法加载：${missing.join('、')}`)
  if (!(await page.evaluate(LOAD_ALL_GLYPHS))) throw new Error('打印用中文字体没有加载完整')
}

/** The page as a PDF, at the size its CSS asks for, backgrounds included, tagged for reading order. */
export async function printToPdf(page: Page): Promise<Uint8Array> {
  return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true }))
}

/** Crop marks on the trim lines, in the slug: they stop 0.5 mm short of the bleed, so none reaches the artwork. A page without a slug is never cut: no marks. */
function drawCropMarks(pdfPage: PDFPage, sheet: Sheet): void {
  if (sheet.slug === 0) return
  const { width, height } = pageSize(sheet)
  const trimStart = sheet.slug + sheet.bleed
  const length = sheet.slug - 0.5
  // Registration colour: the marks print on every plate.
  const line = { thickness: 0.25, color: cmyk(1, 1, 1, 1) }
  const y = (mm: number) => mmToPt(height - mm)
  for (const x of [trimStart, width - trimStart]) {
    pdfPage.drawLine({ start: { x: mmToPt(x), y: y(0) }, end: { x: mmToPt(x), y: y(length) }, ...line })
    pdfPage.drawLine({ start: { x: mmToPt(x), y: y(height - length) }, end: { x: mmToPt(x), y: y(height) }, ...line })
  }
  for (const top of [trimStart, height - trimStart]) {
    pdfPage.drawLine({ start: { x: 0, y: y(top) }, end: { x: mmToPt(length), y: y(top) }, ...line })
    pdfPage.drawLine({ start: { x: mmToPt(width - length), y: y(top) }, end: { x: mmToPt(width), y: y(top) }, ...line })
  }
}

/** Page boxes, crop marks, metadata, pinned structure element IDs and a content-derived file ID. */
export async function finishPdf(raw: Uint8Array, job: Omit<PrintJob, 'css' | 'body'>): Promise<{ pdf: Uint8Array; pages: number }> {
  const doc = await PDFDocument.load(raw, { updateMetadata: false })
  // Chromium names table header cells after DOM node IDs, which vary from print to print.
  const names = pinStructureIds(doc)
  for (const pdfPage of doc.getPages()) {
    // Chromium rounds the page to its own units; the boxes are set to the exact paper size.
    pdfPage.setMediaBox(...mediaBox(job.sheet))
    pdfPage.setCropBox(...mediaBox(job.sheet))
    pdfPage.setBleedBox(...bleedBox(job.sheet))
    pdfPage.setTrimBox(...trimBox(job.sheet))
    drawCropMarks(pdfPage, job.sheet)
  }
  doc.setTitle(job.title, { showInWindowTitleBar: true })
  doc.setSubject(job.subject)
  doc.setAuthor(job.author)
  doc.setCreator(job.creator)
  doc.setLanguage('zh-CN')
  doc.setProducer('杏花岭宣传微平台 印刷工作室')
  doc.setCreationDate(job.date)
  doc.setModificationDate(job.date)
  // Chromium writes a random file ID; one derived from the content (its element IDs pinned) keeps reprints identical.
  const content = Buffer.from(raw).subarray(Buffer.from(raw).indexOf('stream')).toString('latin1')
  const pinned = names.size === 0 ? content : content.replace(/node\d{8}/g, (name) => names.get(name) ?? name)
  const id = PDFHexString.of(createHash('md5').update(pinned, 'latin1').digest('hex'))
  doc.context.trailerInfo.ID = doc.context.obj([id, id])
  return { pdf: await doc.save(), pages: doc.getPageCount() }
}

/**
 * Warm presses on one browser. `presses` pages print side by side (two keep both cores
 * of a small server busy while Node finishes the previous PDF).
 */
export class PressPool {
  readonly #presses: Press[]

  constructor(browser: Browser, presses: number) {
    this.#presses = Array.from({ length: presses }, () => new Press(browser))
  }

  #least(): Press {
    return this.#presses.reduce((best, press) => (press.pending < best.pending ? press : best))
  }

  /** Prints a job: lay it out, fit it, print, finish. */
  pdf(job: PrintJob): Promise<PrintResult> {
    return this.#least().run(async (page, assets) => {
      await lay(page, assets, job)
      const fitted = (await page.evaluate(FIT_BOXES)) as string[]
      if (fitted.length > 0 && !(await page.evaluate(LOAD_ALL_GLYPHS))) throw new Error('打印用中文字体没有加载完整')
      const raw = await printToPdf(page)
      const finished = await finishPdf(raw, job)
      return { ...finished, warnings: [...(job.warnings ?? []), ...fitted] }
    })
  }

  /** Lays a job out and runs `work` on the page (e.g. a handbook's passes). */
  with<T>(job: PrintJob, work: (page: Page) => Promise<T>): Promise<T> {
    return this.#least().run(async (page, assets) => {
      await lay(page, assets, job)
      return work(page)
    })
  }

  /** A screenshot of a fixed-size document (share cards), with the same embedded fonts. */
  image(job: { title: string; css: string; body: string }, width: number, height: number): Promise<Uint8Array> {
    return this.#least().run(async (page, assets) => {
      await page.setViewportSize({ width, height })
      await lay(page, assets, job)
      return new Uint8Array(await page.screenshot({ type: 'jpeg', quality: 85 }))
    })
  }
}
