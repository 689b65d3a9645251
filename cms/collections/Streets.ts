import type { CollectionConfig } from 'payload'

import { areaField } from '../fields/area'
import { galleryField } from '../fields/gallery'
import { locationField } from '../fields/location'
import { printPreviewEndpoint } from '../print/previewEndpoint'
import { printPreviewField } from '../print/previewField'
import { withReview } from '../workflow/reviewed'

/** 特色街巷: themed streets such as 好人街 on 桃园一巷南二条. */
export const Streets: CollectionConfig = withReview(
  {
    slug: 'streets',
    labels: { singular: '特色街巷', plural: '特色街巷' },
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'officialName', 'area', '_status', 'updatedAt'],
      description: '好人街、家事家风街、诚信街等主题街巷。',
    },
    defaultPopulate: { name: true, slug: true, officialName: true, theme: true, summary: true, cover: true },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', label: '名称', type: 'text', required: true, admin: { description: '例如：好人街' } },
          { name: 'officialName', label: '街巷正式名称', type: 'text', required: true, admin: { description: '例如：桃园一巷南二条' } },
        ],
      },
      { name: 'theme', label: '主题', type: 'text', required: true, admin: { description: '例如：崇德向善、好人好事' } },
      { name: 'summary', label: '一句话简介', type: 'textarea', required: true, maxLength: 60 },
      locationField(),
      { name: 'cover', label: '封面图片', type: 'upload', relationTo: 'media' },
      { name: 'story', label: '介绍', type: 'richText' },
      galleryField(),
      { name: 'featuredFigures', label: '街巷人物', type: 'relationship', relationTo: 'figures', hasMany: true },
      printPreviewField(),
      areaField(),
    ],
    endpoints: [printPreviewEndpoint],
  },
  { area: 'area', title: 'name' },
)
