/**
 * Photos for print: cropped to the box they fill and resized to 300 dpi at its printed
 * size (never enlarged), as a baseline JPEG without metadata. A photo that cannot reach
 * 300 dpi is printed as sharp as its pixels allow and reported to the editor.
 */
import { createHash } from 'node:crypto'

import sharp from 'sharp'
import { fetchBytes } from '../loaders/cms.ts'
import type { SiteImage } from '../model/types.ts'
import type { Asset } from './render.ts'

export const PRINT_DPI = 300

export interface PrintPhoto {
  /** Path of the prepared file under the print origin (named by its content). */
  src: string
  asset: Asset
  /** Resolution at the printed size, in dots per inch. */
  dpi: number
  alt: string
  caption: string | null
}

/** Original files, kept while their version is the same (a poster and a leaflet use the same photo). */
const originals = new Map<string, Promise<Uint8Array>>()
const ORIGINALS_KEPT = 16

function original(image: SiteImage): Promise<Uint8Array> {
  const key = `${image.sourceUrl}#${image.version}`
  let known = originals.get(key)
  if (!known) {
    known = fetchBytes(image.sourceUrl, `打印用原图 ${image.filename}`)
    originals.set(key, known)
    known.catch(() => originals.delete(key))
    while (originals.size > ORIGINALS_KEPT) originals.delete(originals.keys().next().value as string)
  }
  return known
}

/** The photo cropped to fill `widthMm` × `heightMm`, at up to 300 dpi. */
export async function printPhoto(image: SiteImage, widthMm: number, heightMm: number): Promise<PrintPhoto> {
  const bytes = await original(image)
  const meta = await sharp(bytes).metadata()
  const upright = (meta.orientation ?? 1) >= 5
  const sourceWidth = (upright ? meta.height : meta.width) ?? image.width
  const sourceHeight = (upright ? meta.width : meta.height) ?? image.height
  const wantWidth = Math.round((widthMm / 25.4) * PRINT_DPI)
  const wantHeight = Math.round((heightMm / 25.4) * PRINT_DPI)
  // The largest crop of the box's shape the source holds, at most the wanted pixels.
  const fit = Math.min(1, sourceWidth / wantWidth, sourceHeight / wantHeight)
  const width = Math.max(1, Math.round(wantWidth * fit))
  const height = Math.max(1, Math.round(wantHeight * fit))
  const body = await sharp(bytes)
    .rotate()
    .resize(width, height, { fit: 'cover', position: 'attention' })
    .toColourspace('srgb')
    // libjpeg-turbo, not mozjpeg: mozjpeg's files are about 25 % smaller but took 2–7 times
    // longer to encode (12-megapixel photo: 0.9 s against 0.4 s for the A4 poster's).
    .jpeg({ quality: 82, chromaSubsampling: '4:2:0', mozjpeg: false })
    .toBuffer()
  const digest = createHash('sha256').update(body).digest('base64url').slice(0, 16)
  return {
    src: `/images/${digest}.jpg`,
    asset: { body: new Uint8Array(body), contentType: 'image/jpeg' },
    dpi: Math.round((width / widthMm) * 25.4),
    alt: image.alt,
    caption: image.caption ?? null,
  }
}

/** The editor's warning for a photo below 300 dpi at its printed size, or null. */
export function dpiWarning(photo: PrintPhoto, product: string): string | null {
  if (photo.dpi >= PRINT_DPI) return null
  return `${product}上的照片只有 ${photo.dpi} dpi（印刷需要 ${PRINT_DPI} dpi），印出来可能发虚；请换一张更清晰的原图。`
}
