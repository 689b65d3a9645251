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
