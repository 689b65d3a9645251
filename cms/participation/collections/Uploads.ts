/**
 * 居民上传: photos residents send with a nomination. Stored apart from the media library
 * (DATA_DIR/participation-uploads), checked by decoding and stripped of location and
 * camera data, readable by staff only and never public: staff copy a photo into 媒体
 * when it is to be published (转为人物草稿 does that for the portrait).
 */
import path from 'node:path'

import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { dataDir } from '../../../contract/paths'
import { admin } from '../../access/admin'
import { staff } from '../../access/staff'
import { acceptImage } from '../../collections/Media/hooks/rejectUnreadableImage'
import { refuse } from '../../common/refuse'
import { ONLY_THROUGH_FORMS, passOf } from '../gate/gate'

export const UPLOADS_SLUG = 'participation-uploads'
export const uploadsDir = path.join(dataDir, 'participation-uploads')

/** Only alongside a gated record, and only a servable image, without its metadata. */
const checkPhoto: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create') return args
  if (!passOf(req)) throw refuse(ONLY_THROUGH_FORMS, 403)
  if (req.file) await acceptImage(req.file)
  return args
}

export const Uploads: CollectionConfig = {
  slug: UPLOADS_SLUG,
  labels: { singular: '居民上传的照片', plural: '居民上传的照片' },
  access: { read: staff, create: () => false, update: () => false, delete: admin },
  admin: { group: '居民参与', hidden: true },
  hooks: { beforeOperation: [checkPhoto] },
  fields: [{ name: 'purgeAt', label: '到期删除', type: 'date', index: true, admin: { readOnly: true } }],
  upload: {
    staticDir: uploadsDir,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
    imageSizes: [{ name: 'thumb', width: 320, withoutEnlargement: true, formatOptions: { format: 'webp', options: { quality: 76 } } }],
    adminThumbnail: 'thumb',
  },
}
