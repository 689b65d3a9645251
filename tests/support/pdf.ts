/**
 * Opens a real PDF the way a print shop's preflight would: page boxes, font dictionaries,
 * extractable text, and a raster of a page for decoding its QR code.
 */
import { createCanvas } from '@napi-rs/canvas'
import jsQR from 'jsqr'
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef } from 'pdf-lib'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export type Box = [number, number, number, number]

export interface PdfFont {
  subtype: string
  baseFont: string
  embedded: boolean
}

function box(dict: PDFDict, key: string, doc: PDFDocument): Box | null {
  const value = dict.lookup(PDFName.of(key), PDFArray) as PDFArray | undefined
  if (!value) return null
  return value.asArray().map((n) => (doc.context.lookup(n, PDFNumber) as PDFNumber).asNumber()) as Box
}

export async function pageBoxes(bytes: Uint8Array): Promise<{ media: Box; trim: Box | null; bleed: Box | null }[]> {
  const doc = await PDFDocument.load(bytes)
  return doc.getPages().map((page) => ({
    media: box(page.node, 'MediaBox', doc) ?? [0, 0, 0, 0],
    trim: box(page.node, 'TrimBox', doc),
    bleed: box(page.node, 'BleedBox', doc),
  }))
}

/** Every font dictionary in the file, wherever it hangs. */
export async function fonts(bytes: Uint8Array): Promise<PdfFont[]> {
  const doc = await PDFDocument.load(bytes)
  const found: PdfFont[] = []
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue
    if (object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue
    const subtype = (object.get(PDFName.of('Subtype')) as PDFName | undefined)?.decodeText() ?? ''
    if (subtype === 'Type0') continue // its descendant CIDFont carries the outlines
    const baseFont = (object.get(PDFName.of('BaseFont')) as PDFName | undefined)?.decodeText() ?? ''
    const descriptorRef = object.get(PDFName.of('FontDescriptor'))
    const descriptor = descriptorRef instanceof PDFRef ? doc.context.lookup(descriptorRef, PDFDict) : undefined
    const embedded = Boolean(
      descriptor &&
        (descriptor.has(PDFName.of('FontFile')) || descriptor.has(PDFName.of('FontFile2')) || descriptor.has(PDFName.of('FontFile3'))),
    )
    found.push({ subtype, baseFont, embedded })
  }
  return found
}

export async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false })
  const pdf = await task.promise
  const texts: string[] = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent()
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''))
  }
  await task.destroy()
  return texts
}

export interface Raster {
  data: Uint8ClampedArray
  width: number
  height: number
  /** Luminance (0 black – 255 white) at a point given in millimetres from the page's top left. */
  at(xMm: number, yMm: number): number
}

/** Rasterises a page at `dpi`, on white, as a print shop's preview would. */
export async function rasterPage(bytes: Uint8Array, pageNumber: number, dpi: number): Promise<Raster> {
  const task = getDocument({ data: new Uint8Array(bytes) })
  const pdf = await task.promise
  const page = await pdf.getPage(pageNumber)
  const viewport = page.getViewport({ scale: dpi / 72 })
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height))
  const context = canvas.getContext('2d')
  context.fillStyle = '#fff'
  context.fillRect(0, 0, canvas.width, canvas.height)
  await page.render({
    canvas: canvas as unknown as HTMLCanvasElement,
    canvasContext: context as unknown as CanvasRenderingContext2D,
    viewport,
  }).promise
  const image = context.getImageData(0, 0, canvas.width, canvas.height)
  await task.destroy()
  const data = new Uint8ClampedArray(image.data)
  const perMm = dpi / 25.4
  return {
    data,
    width: image.width,
    height: image.height,
    at(xMm, yMm) {
      const x = Math.round(xMm * perMm)
      const y = Math.round(yMm * perMm)
      const i = (y * image.width + x) * 4
      return 0.2126 * (data[i] ?? 255) + 0.7152 * (data[i + 1] ?? 255) + 0.0722 * (data[i + 2] ?? 255)
    },
  }
}

/** Rasterises a page at `dpi` and returns what the first QR code on it decodes to. */
export async function decodeQr(bytes: Uint8Array, pageNumber: number, dpi = 200): Promise<string | null> {
  const image = await rasterPage(bytes, pageNumber, dpi)
  return jsQR(image.data, image.width, image.height)?.data ?? null
}

/** Every text run's box on every page, in PDF points (origin bottom left). */
export async function textRuns(
  bytes: Uint8Array,
): Promise<{ page: number; text: string; x: number; y: number; width: number; height: number }[]> {
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false })
  const pdf = await task.promise
  const runs: { page: number; text: string; x: number; y: number; width: number; height: number }[] = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent()
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue
      const [, , , , x, y] = item.transform as number[]
      runs.push({ page: n, text: item.str, x: x as number, y: y as number, width: item.width, height: item.height })
    }
  }
  await task.destroy()
  return runs
}

/**
 * Renders a page to PNG with poppler's pdftoppm, as a print shop's preview would, and
 * returns the share of the page (0–1) that is not white.
 */
export async function inkCoverage(bytes: Uint8Array, pageNumber: number, dpi = 50): Promise<number> {
  const { execFile } = await import('node:child_process')
  const { mkdtemp, readFile, rm, writeFile } = await import('node:fs/promises')
  const { tmpdir } = await import('node:os')
  const path = await import('node:path')
  const sharp = (await import('sharp')).default
  const dir = await mkdtemp(path.join(tmpdir(), 'xhl-pdftoppm-'))
  try {
    await writeFile(path.join(dir, 'in.pdf'), bytes)
    const args = ['-r', String(dpi), '-f', String(pageNumber), '-l', String(pageNumber), '-singlefile', '-png', 'in.pdf', 'page']
    await new Promise<void>((resolve, reject) =>
      execFile('pdftoppm', args, { cwd: dir }, (error) => (error ? reject(new Error(`pdftoppm failed: ${error.message}`)) : resolve())),
    )
    const { data, info } = await sharp(await readFile(path.join(dir, 'page.png')))
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true })
    let inked = 0
    for (const value of data) if (value < 235) inked++
    return inked / (info.width * info.height)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Pixel sizes of every image drawn in the file. */
export async function imageSizes(bytes: Uint8Array): Promise<{ width: number; height: number }[]> {
  const doc = await PDFDocument.load(bytes)
  const sizes: { width: number; height: number }[] = []
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    const dict = (object as { dict?: PDFDict }).dict
    if (!(dict instanceof PDFDict) || dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue
    if (dict.get(PDFName.of('ImageMask'))) continue
    const number = (key: string) => (dict.lookup(PDFName.of(key), PDFNumber) as PDFNumber).asNumber()
    sizes.push({ width: number('Width'), height: number('Height') })
  }
  return sizes
}

/** Text runs that reach outside the page's TrimBox (0.5 pt tolerance). */
export async function textOutsideTrim(bytes: Uint8Array): Promise<string[]> {
  const boxes = await pageBoxes(bytes)
  const outside: string[] = []
  for (const run of await textRuns(bytes)) {
    const [x0, y0, x1, y1] = boxes[run.page - 1]?.trim ?? [0, 0, 0, 0]
    const inside = run.x >= x0 - 0.5 && run.y >= y0 - 0.5 && run.x + run.width <= x1 + 0.5 && run.y + run.height <= y1 + 0.5
    if (!inside) outside.push(`第${run.page}页：${run.text}`)
  }
  return outside
}

/**
 * A PDF/X-3 preflight, as a print shop's would run it: returns the problems found (none
 * for a file it accepts). Output intent, PDF/X version, page boxes, no RGB anywhere,
 * embedded non-Type 3 fonts, and black as the black plate only (no four-colour black).
 */
export async function preflightPdfX(bytes: Uint8Array): Promise<string[]> {
  const { decodePDFRawStream, PDFRawStream, PDFString, PDFHexString } = await import('pdf-lib')
  const problems: string[] = []
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict)
  const text = (value: unknown) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : '')
  if (text(info.lookup(PDFName.of('GTS_PDFXVersion'))) !== 'PDF/X-3:2002') problems.push('GTS_PDFXVersion is not PDF/X-3:2002')
  if (!info.has(PDFName.of('Trapped'))) problems.push('Info has no Trapped key')
  if (!text(info.lookup(PDFName.of('Title')))) problems.push('Info has no Title')
  const intents = doc.catalog.lookup(PDFName.of('OutputIntents'))
  const first = intents instanceof PDFArray ? intents.lookup(0) : undefined
  const intent = first instanceof PDFDict ? first : undefined
  if (intent?.get(PDFName.of('S')) !== PDFName.of('GTS_PDFX')) problems.push('no GTS_PDFX output intent')
  if (!text(intent?.lookup(PDFName.of('OutputConditionIdentifier')))) problems.push('output intent without OutputConditionIdentifier')
  const profile = intent?.lookup(PDFName.of('DestOutputProfile'))
  if (!(profile instanceof PDFRawStream) || (profile.dict.lookup(PDFName.of('N'), PDFNumber) as PDFNumber)?.asNumber() !== 4)
    problems.push('output intent without a CMYK DestOutputProfile')
  for (const [index, page] of doc.getPages().entries()) {
    const media = box(page.node, 'MediaBox', doc)
    const bleed = box(page.node, 'BleedBox', doc)
    const trim = box(page.node, 'TrimBox', doc)
    if (!media || !bleed || !trim) {
      problems.push(`page ${index + 1}: missing MediaBox, BleedBox or TrimBox`)
      continue
    }
    const within = (inner: Box, outer: Box) =>
      inner[0] >= outer[0] - 0.01 && inner[1] >= outer[1] - 0.01 && inner[2] <= outer[2] + 0.01 && inner[3] <= outer[3] + 0.01
    if (!within(trim, bleed) || !within(bleed, media)) problems.push(`page ${index + 1}: TrimBox ⊄ BleedBox ⊄ MediaBox`)
  }
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFDict ? object : object instanceof PDFRawStream ? object.dict : null
    if (!dict) continue
    const colourSpace = dict.get(PDFName.of('ColorSpace'))
    if (colourSpace === PDFName.of('DeviceRGB') || colourSpace === PDFName.of('CalRGB')) problems.push('an image or form uses DeviceRGB')
    if (object instanceof PDFArray && object.get(0) === PDFName.of('ICCBased')) {
      const stream = object.lookup(1)
      const n = stream instanceof PDFRawStream ? (stream.dict.lookup(PDFName.of('N'), PDFNumber) as PDFNumber | undefined) : undefined
      if (n?.asNumber() === 3) problems.push('an ICCBased RGB colour space')
    }
    if (object instanceof PDFRawStream && !dict.has(PDFName.of('Subtype'))) {
      let content: string
      try {
        content = Buffer.from(decodePDFRawStream(object).decode()).toString('latin1')
      } catch {
        continue
      }
      if (/\s(rg|RG)\s/.test(` ${content} `)) problems.push('a content stream sets an RGB colour (rg/RG)')
      for (const match of content.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) k\b/g)) {
        const [c, m, y, k] = match.slice(1, 5).map(Number) as [number, number, number, number]
        if (k > 0.8 && c + m + y > 0.3) problems.push(`four-colour black ${match[0]}`)
      }
    }
  }
  for (const font of await fonts(bytes)) {
    if (font.subtype === 'Type3') problems.push(`Type 3 font ${font.baseFont}`)
    if (!font.embedded) problems.push(`font ${font.baseFont} not embedded`)
  }
  return [...new Set(problems)]
}
