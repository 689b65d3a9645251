import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

const SERVABLE = new Set(['jpeg', 'png', 'webp'])

/**
 * Decide what an upload is by decoding it, not by its name or declared type: a file the
 * site could not serve is refused before anything reaches the media folder.
 */
export const rejectUnreadableImage: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  let format: string | undefined
  try {
    const meta = await sharp(file.data, { limitInputPixels: 100_000_000 }).metadata()
    format = meta.format
  } catch {
    format = undefined
  }
  if (!format || !SERVABLE.has(format)) {
    throw new APIError(
      `“${file.name}”不是可用的图片文件：请上传 JPEG、PNG 或 WebP 格式的图片。`,
      400,
      // With data attached, Payload passes the message to the client as written.
      { field: 'file', filename: file.name },
      true,
    )
  }
  return args
}
