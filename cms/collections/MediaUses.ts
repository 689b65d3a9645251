import type { CollectionConfig } from 'payload'

/**
 * Which published document (or site setting, or area) shows which image: the index behind
 * media's public flag (publish/publicMedia.ts). Written only by the system; nobody reads it
 * through the API.
 */
export const MediaUses: CollectionConfig = {
  slug: 'media-uses',
  labels: { singular: '图片使用记录', plural: '图片使用记录' },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  admin: { hidden: true },
  graphQL: false,
  fields: [
    { name: 'media', label: '图片编号', type: 'number', required: true, index: true },
    { name: 'owner', label: '使用者', type: 'text', required: true, index: true },
  ],
}
