/**
 * The preview service's `POST /services/<product>` (ops/preview.ts): prints a 课单 leaflet
 * or poster, an event's 活动签到表 or a station's monthly 台账 from the plain data the CMS
 * sends (contract/servicePrint.ts), as a PDF (`?cmyk=1`: the PDF/X-3 edition a print shop
 * asks for). The service listens on loopback only; photos are read with the caller's
 * credentials and only from the CMS itself (or inline), never from an address the body names.
 */
import { config } from '../contract/config.ts'
import { isServiceProduct, readServicePrint, type ServiceProduct } from '../contract/servicePrint.ts'
import { imageCredentials } from '../site/loaders/cms.ts'
import { publicContent } from '../site/model/publicContent.ts'
import { toPdfX } from '../site/print/cmyk.ts'
import type { Printer } from '../site/print/index.ts'
import type { PrintResult } from '../site/print/render.ts'
import { PreviewError, published } from './previewSource.ts'

/** A 台账 of a busy month, with its photos by address: well under this. */
export const SERVICE_BODY_BYTES = 4 * 1024 * 1024

function photosFromCms(body: unknown): void {
  const origin = new URL(config().cmsUrl).origin
  const events = (body as { events?: { photos?: { sourceUrl?: unknown }[] }[] })?.events
  for (const event of Array.isArray(events) ? events : []) {
    for (const photo of Array.isArray(event?.photos) ? event.photos : []) {
      const source = String(photo?.sourceUrl ?? '')
      if (!source.startsWith('data:') && !source.startsWith(`${origin}/`)) throw new PreviewError(400, '台账的照片只能来自本平台的媒体库。')
    }
  }
}

async function print(printer: Printer, product: ServiceProduct, body: unknown): Promise<PrintResult> {
  const read = readServicePrint(product, body)
  if (!read.ok) throw new PreviewError(400, read.message)
  const site = publicContent(await published()).settings
  const value = read.value as never
  if (product === 'menu-leaflet-a5') return printer.serviceMenu(value, 'leaflet-a5', site)
  if (product === 'menu-poster-a4') return printer.serviceMenu(value, 'poster-a4', site)
  if (product === 'sign-in-sheet') return printer.signInSheet(value, site)
  photosFromCms(body)
  return printer.ledger(value, site)
}

/** The piece as the response's bytes and headers. */
export async function servicePrint(
  printer: Printer,
  product: string,
  body: unknown,
  options: { cmyk: boolean; authorization: string },
): Promise<{ pdf: Uint8Array; headers: Record<string, string> }> {
  if (!isServiceProduct(product)) throw new PreviewError(404, '没有这种印刷品')
  const result = await imageCredentials.run(options.authorization, () => print(printer, product, body))
  const pdf = options.cmyk ? await toPdfX(result.pdf, product) : result.pdf
  return {
    pdf,
    headers: {
      'content-type': 'application/pdf',
      'content-length': String(pdf.length),
      'cache-control': 'no-store',
      'x-print-pages': String(result.pages),
      'x-print-warnings': encodeURIComponent(JSON.stringify([...new Set(result.warnings)])),
    },
  }
}
