/**
 * A photo made ready on the phone before it is sent: decoded (turned upright as its EXIF
 * says), drawn at most LONG_SIDE pixels on its long side and encoded as JPEG, at a lower
 * quality step by step until it fits the API's limit. Drawing through a canvas keeps only
 * the pixels: the EXIF (the place it was taken, the phone) stays behind. A 12-megapixel
 * photo of several MB leaves as a few hundred KB, which a slow mobile line sends in seconds.
 *
 * The preview is a small JPEG data: URL (the site's CSP allows data: images, not blob:).
 */

export const LONG_SIDE = 1600
const PREVIEW_SIDE = 240
const QUALITIES = [0.82, 0.74, 0.66, 0.58, 0.5]

export interface ReadyPhoto {
  blob: Blob
  width: number
  height: number
  /** data:image/jpeg, a thumbnail for the page. */
  preview: string
}

/** Why a photo cannot be used, in words a resident understands. */
export class PhotoError extends Error {}

function canvasOf(bitmap: ImageBitmap, longSide: number): HTMLCanvasElement {
  const scale = Math.min(1, longSide / Math.max(bitmap.width, bitmap.height))
  const canvas = document.createElement('canvas')
  canvas.width = Math.max(1, Math.round(bitmap.width * scale))
  canvas.height = Math.max(1, Math.round(bitmap.height * scale))
  const context = canvas.getContext('2d')
  if (!context) throw new PhotoError('这台手机的浏览器无法处理照片，请换一个浏览器再试。')
  // A transparent PNG would turn black as JPEG: white behind it.
  context.fillStyle = '#fff'
  context.fillRect(0, 0, canvas.width, canvas.height)
  context.imageSmoothingQuality = 'high'
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
  return canvas
}

const jpegOf = (canvas: HTMLCanvasElement, quality: number) =>
  new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality))

async function decode(file: Blob): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(file, { imageOrientation: 'from-image' })
  } catch {
    throw new PhotoError('无法读取这张照片（可能不是图片，或是手机不支持的格式，如 HEIC）。它不会被上传，请删除后换一张 JPG 或 PNG 照片。')
  }
}

/** The photo as it will be sent: JPEG, at most LONG_SIDE px and `maxBytes` bytes. */
export async function readyPhoto(file: Blob, maxBytes: number): Promise<ReadyPhoto> {
  const bitmap = await decode(file)
  try {
    const preview = canvasOf(bitmap, PREVIEW_SIDE).toDataURL('image/jpeg', 0.7)
    // Each pass smaller: a photo of fine detail may need fewer pixels as well as a lower quality.
    for (let side = LONG_SIDE; side >= 400; side = Math.round(side * 0.75)) {
      const canvas = canvasOf(bitmap, side)
      for (const quality of QUALITIES) {
        const blob = await jpegOf(canvas, quality)
        if (!blob) throw new PhotoError('这张照片无法转换，请换一张再试。')
        if (blob.size <= maxBytes) return { blob, width: canvas.width, height: canvas.height, preview }
      }
    }
    throw new PhotoError('这张照片缩小后仍然太大，请换一张再试。')
  } finally {
    bitmap.close()
  }
}

/** "1.2 MB", "480 KB". */
export function sizeText(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} KB`
}
