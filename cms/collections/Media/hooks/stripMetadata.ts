import sharp, { type Metadata } from 'sharp'

/**
 * Residents' photos often carry where they were taken (EXIF GPS: a home's address) and the
 * camera's owner. The original is kept without any of it: a JPEG loses its APP1 (EXIF, XMP)
 * and APP13 (IPTC) segments without being re-encoded; a photo that relies on an EXIF
 * rotation, and any PNG or WebP with metadata, is re-encoded upright and without it. The
 * sizes Payload makes from the original then carry none either. Called by the upload check
 * (rejectUnreadableImage) with the metadata it has read.
 */
export async function stripMetadata(data: Buffer, meta: Metadata): Promise<Buffer> {
  const carries = Boolean(meta.exif || meta.xmp || meta.iptc)
  const rotated = (meta.orientation ?? 1) !== 1
  if (!carries && !rotated) return data
  if (meta.format === 'jpeg' && !rotated) return withoutJpegMetadata(data)
  // Its size was checked against the upload limit when its metadata was read.
  const upright = sharp(data, { limitInputPixels: false }).rotate()
  if (meta.format === 'png') return upright.png().toBuffer()
  if (meta.format === 'webp') return upright.webp({ quality: 92 }).toBuffer()
  return upright.jpeg({ quality: 92, chromaSubsampling: '4:4:4' }).toBuffer()
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
