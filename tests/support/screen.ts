/**
 * What the 屏幕模式 tests (tests/public-site-screen.browser.test.ts) need besides the site:
 * a street and a place with cover photos of chosen sizes, the QR code read off a
 * screenshot, and how much of a slide its content leaves empty.
 */
import jsQR from 'jsqr'
import type { Page } from 'playwright-core'
import sharp from 'sharp'
import { api, areaId, loginAsEditor, publishThroughReview } from './cms.ts'

/** A photo-like JPEG (a gradient with a disc), `width`×`height`. */
async function photo(width: number, height: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#6a8caf"/><stop offset="1" stop-color="#c9a36b"/></linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#g)"/><circle cx="50%" cy="45%" r="22%" fill="#2b4a6b"/></svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}

/**
 * Publishes a street or a place named `name` with a `width`×`height` cover, unless a test
 * file before this one did (names are unique per run); returns its slug.
 */
export async function publishVenueWithCover(
  collection: 'streets' | 'places',
  name: string,
  width: number,
  height: number,
): Promise<string> {
  const found = await api<{ docs?: { slug: string }[] }>(
    `/api/${collection}?where[name][equals]=${encodeURIComponent(name)}&depth=0&limit=1`,
  )
  const existing = found.body?.docs?.[0]?.slug
  if (existing) return existing
  const token = await loginAsEditor()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(await photo(width, height))], { type: 'image/jpeg' }), `${collection}-cover.jpg`)
  form.append('_payload', JSON.stringify({ alt: `${name}的照片` }))
  const media = await api<{ doc: { id: number } }>('/api/media', { method: 'POST', token, form })
  if (media.status !== 201) throw new Error(`upload failed: ${media.status} ${media.text}`)
  const area = await areaId('涧河街道')
  const fields =
    collection === 'streets' ? { officialName: `${name}所在巷`, theme: '诚信' } : { level: 'station', openingHours: '每天 8:00–20:00' }
  const created = await api<{ doc: { id: number; slug: string } }>(`/api/${collection}?draft=true`, {
    method: 'POST',
    token,
    body: {
      name,
      ...fields,
      summary: `${name}：居民休息、议事和开展志愿服务的地方，照片用于屏幕模式测试。`,
      location: { address: `杏花岭区涧河街道${name}1号` },
      area,
      cover: media.body.doc.id,
      _status: 'draft',
    },
  })
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${created.text}`)
  await publishThroughReview(collection, created.body.doc.id)
  return created.body.doc.slug
}

/** The text a QR code in a PNG screenshot encodes, or null when none can be read. */
export async function readQr(png: Buffer): Promise<string | null> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data ?? null
}

/** Reads the QR code the slide shows now. */
export async function slideQr(page: Page): Promise<string | null> {
  return readQr(await page.locator('#screen-qr').screenshot())
}

export interface SlideMeasure {
  /** The slide's area between header and footer, in CSS px. */
  width: number
  height: number
  /**
   * The emptiest rectangle no content touches, as fractions of the area's width and height:
   * of all such rectangles, the one whose smaller side (as a fraction) is largest.
   */
  empty: { width: number; height: number }
  /** The photo's shown size in CSS px and the size of the file the browser chose, in pixels; null without a photo. */
  photo: { shown: { width: number; height: number }; file: { width: number; height: number } } | null
  dpr: number
}

/**
 * Measures the slide shown now: where its content is (the photo, the glyphs of its text as
 * laid out, the QR code), the emptiest rectangle left between header and footer (on a
 * 48×48 grid), and the photo against the pixels of the file behind it (loaded again on
 * its own, since `naturalWidth` of an image with srcset is corrected by `sizes`).
 */
export function measureSlide(page: Page): Promise<SlideMeasure> {
  // No named functions inside: the page gets this code as compiled, without the compiler's helpers.
  return page.evaluate(async () => {
    const slide = document.getElementById('screen-slide') as HTMLElement
    const area = slide.getBoundingClientRect()
    const rects: DOMRect[] = []
    const photo = slide.querySelector<HTMLImageElement>('img')
    const hasPhoto = photo !== null && getComputedStyle(photo).display !== 'none'
    if (photo && hasPhoto) rects.push(photo.getBoundingClientRect())
    for (const element of slide.querySelectorAll('.kicker, h1, .text, figcaption')) {
      const range = document.createRange()
      range.selectNodeContents(element)
      rects.push(...range.getClientRects())
    }
    const qr = document.getElementById('screen-qr')
    if (qr) rects.push(qr.getBoundingClientRect())
    const cells = 48
    const [cw, ch] = [area.width / cells, area.height / cells]
    // Of the empty rectangles of cells, the one whose smaller side is largest: for each row, the histogram of empty runs above.
    const heights = new Array<number>(cells).fill(0)
    let best = { width: 0, height: 0 }
    for (let row = 0; row < cells; row++) {
      const [top, bottom] = [area.top + row * ch, area.top + (row + 1) * ch]
      for (let col = 0; col < cells; col++) {
        const [left, right] = [area.left + col * cw, area.left + (col + 1) * cw]
        const touched = rects.some((r) => r.width > 0 && r.right > left && r.left < right && r.bottom > top && r.top < bottom)
        heights[col] = touched ? 0 : (heights[col] ?? 0) + 1
      }
      for (let col = 0; col < cells; col++) {
        let low = Number.POSITIVE_INFINITY
        for (let end = col; end < cells && (heights[end] ?? 0) > 0; end++) {
          low = Math.min(low, heights[end] ?? 0)
          const width = end - col + 1
          if (Math.min(width, low) > Math.min(best.width, best.height)) best = { width, height: low }
        }
      }
    }
    let measured = null
    if (photo && hasPhoto) {
      const file = new Image()
      file.src = photo.currentSrc
      await file.decode()
      const box = photo.getBoundingClientRect()
      measured = { shown: { width: box.width, height: box.height }, file: { width: file.naturalWidth, height: file.naturalHeight } }
    }
    return {
      width: area.width,
      height: area.height,
      empty: { width: best.width / cells, height: best.height / cells },
      photo: measured,
      dpr: devicePixelRatio,
    }
  })
}
