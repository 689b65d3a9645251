import type { CollectionConfig } from 'payload'
import { mediaDir } from '../../../contract/paths'
import { admin } from '../../access/admin'
import { authors } from '../../access/authors'
import { hasRole } from '../../access/roles'
import { nobody } from '../../access/staffField'
import { queueOnChange, queueOnDelete } from '../../publish/queue'
import { answerMissingFile } from './hooks/answerMissingFile'
import { protectPublicImages } from './hooks/protectPublicImages'
import { refusePrivateData } from './hooks/refusePrivateData'
import { rejectUnreadableImage } from './hooks/rejectUnreadableImage'
import { orphanEndpoints } from './orphansEndpoint'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: '媒体', plural: '媒体' },
  access: {
    // Staff read every image; everyone else (community workers included) only those something public uses
    // (publish/publicMedia.ts keeps the flag), so an image uploaded for a draft stays private.
    read: ({ req: { user } }) => (hasRole(user, 'admin', 'editor', 'reviewer') ? true : { publicUse: { equals: true } }),
    create: authors,
    update: authors,
    delete: admin,
  },
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'credit'],
  },
  fields: [
    {
      name: 'alt',
      label: '替代文字',
      type: 'text',
      required: true,
      admin: { description: '为视障读者和图片加载失败时描述图片内容，例如“郝景全在文明实践园”。' },
    },
    { name: 'caption', label: '图片说明', type: 'text' },
    { name: 'credit', label: '图片来源', type: 'text', admin: { description: '摄影者或提供单位' } },
    {
      name: 'publicUse',
      label: '已公开使用',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { create: nobody, update: nobody },
      admin: { readOnly: true, position: 'sidebar', description: '已发布的内容、区域或网站设置用到这张图片时，公众才能看到它。' },
    },
  ],
  endpoints: orphanEndpoints,
  hooks: {
    // Refuses what the site cannot serve and keeps no location or camera data in the rest.
    beforeOperation: [protectPublicImages, rejectUnreadableImage],
    beforeValidate: [refusePrivateData],
    afterChange: [queueOnChange],
    afterDelete: [queueOnDelete],
  },
  upload: {
    staticDir: mediaDir,
    // Payload types a handler as giving a Response or nothing, not a Promise of either.
    handlers: [answerMissingFile as (...args: Parameters<typeof answerMissingFile>) => Promise<void>],
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
    focalPoint: true,
    imageSizes: [
      // Cards show at about 104 CSS px: thumb for 1–2× screens, card for 3× and the admin.
      { name: 'thumb', width: 240, height: 180, position: 'centre', formatOptions: { format: 'webp', options: { quality: 76 } } },
      { name: 'card', width: 640, height: 480, position: 'centre', formatOptions: { format: 'webp', options: { quality: 78 } } },
      // Heroes fill a phone's width: 640 for most phones, 1280 for sharp screens and desktops.
      { name: 'heroSmall', width: 640, withoutEnlargement: true, formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'hero', width: 1280, withoutEnlargement: true, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'share', width: 1200, height: 630, position: 'centre', formatOptions: { format: 'jpeg', options: { quality: 82 } } },
    ],
    adminThumbnail: 'card',
  },
}
