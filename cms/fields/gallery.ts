import type { UploadField } from 'payload'

export function galleryField(): UploadField {
  return {
    name: 'gallery',
    label: '图集',
    type: 'upload',
    relationTo: 'media',
    hasMany: true,
  }
}
