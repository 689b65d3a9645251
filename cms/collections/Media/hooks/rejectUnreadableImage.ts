import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp, { type Metadata } from 'sharp'

import { hasRole } from '../../../access/roles'
import { stripMetadata } from './stripMetadata'

const SERVABLE = new Set(['jpeg', 'png', 'webp'])
/** Width × height an upload may have: 100 megapixels (a 12,000 × 8,000 photo fits). */
export const MAX_PIXELS = 100_000_000

/** An uploaded file as Payload hands it to hooks. */
interface Upload {
  data: Buffer
  name: string
  size: number
}

/**
 * Decides what an upload is by decoding it, not by its name or declared type: a file the
 * site could not serve is refused before anything is stored, and what is accepted is
 * kept without its location or camera data (stripMetadata). The file is changed in place.
 */
export async function acceptImage(file: Upload): Promise<void> {
  let meta: Metadata | undefined
  try {
    meta = await sharp(file.data, { limitInputPixels: MAX_PIXELS }).metadata()
  } catch (error) {
    // A small file that would decode to gigabytes (a decompression bomb) is refused unread.
    if (/pixel limit/i.test((error as Error).message)) {
      throw new APIError(
        `“${file.name}”的像素太多（超过 1 亿像素），可能是损坏或恶意的文件：请缩小到 1 亿像素以内再上传。`,
        400,
        { field: 'file', filename: file.name },
        true,
      )
    }
  }
  if (!meta?.format || !SERVABLE.has(meta.format)) {
    throw new APIError(
      `“${file.name}”不是可用的图片文件：请上传 JPEG、PNG 或 WebP 格式的图片。`,
      400,
      // With data attached, Payload passes the message to the client as written.
      { field: 'file', filename: file.name },
      true,
    )
  }
  // Read once, used twice: what is accepted is kept without location or camera data.
  const data = await stripMetadata(file.data, meta)
  file.data = data
  file.size = data.length
}

/** Media uploads by staff: checked and stripped before anything reaches the media folder. */
export const rejectUnreadableImage: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  // Access is checked after this hook: nothing is decoded for someone who may not upload.
  if (!hasRole(req.user, 'admin', 'editor')) return args
  if (req.file) await acceptImage(req.file)
  return args
}
