import type { CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import { MAX_PIXELS } from './rejectUnreadableImage'

/**
 * Residents' photos often carry where they were taken (EXIF GPS: a home's address) and the
 * camera's owner. The original is kept without any of it: a JPEG loses its APP1 (EXIF, XMP)
 * and APP13 (IPTC) segments without being re-encoded; a photo that relies on an EXIF
 * rotation, and any PNG or WebP with metadata, is re-encoded upright and without it. The
 * sizes Payload makes from the original then carry none either.
 */
export const stripMetadata: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const meta = await sharp(file.data, { limitInputPixels: MAX_PIXELS }).metadata()
  const carries = Boolean(meta.exif || meta.xmp || meta.iptc)
  const rotated = (meta.orientation ?? 1) !== 1
  if (!carries && !rotated) return args
  let data: Buffer
  if (meta.format === 'jpeg' && !rotated) data = withoutJpegMetadata(file.data)
  else {
    const upright = sharp(file.data, { limitInputPixels: MAX_PIXELS }).rotate()
    data =
      meta.format === 'png'
        ? await upright.png().toBuffer()
        : meta.format === 'webp'
          ? await upright.webp({ quality: 92 }).toBuffer()
          : await upright.jpeg({ quality: 92, chromaSubsampling: '4:4:4' }).toBuffer()
  }
  file.data = data
  file.size = data.length
  return args
}

/** A JPEG without its APP1 (EXIF, XMP) and APP13 (IPTC, Photoshop) segments; the image data is untouched. */
export function withoutJpegMetadata(jpeg: Buffer): Buffer {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) return jpeg
  const kept: Buffer[] = [jpeg.subarray(0, 2)]
  let at = 2
  while (at + 4 <= jpeg.length && jpeg[at] === 0xff) {
    const marker = jpeg[at + 1] as number
    // Start of scan: the rest is image data.
    if (marker === 0xda) break
    const length = jpeg.readUInt16BE(at + 2)
    if (marker !== 0xe1 && marker !== 0xed) kept.push(jpeg.subarray(at, at + 2 + length))
    at += 2 + length
  }
  kept.push(jpeg.subarray(at))
  return Buffer.concat(kept)
}
