import type { CollectionConfig } from 'payload'
import { GOOD_DEEDS, HONOUR_KINDS, optionsOf } from '../../../contract/vocabulary'
import { areaField } from '../../fields/area'
import { printPreviewEndpoint } from '../../print/previewEndpoint'
import { printPreviewField } from '../../print/previewField'
import { nominationFields } from '../../workflow/consent'
import { withReview } from '../../workflow/reviewed'

export const Figures: CollectionConfig = withReview(
  {
    slug: 'figures',
    labels: { singular: '人物', plural: '人物' },
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'honourTitle', 'area', '_status', 'updatedAt'],
      description: '身边好人、道德模范、最美人物等先进典型的事迹。',
    },
    defaultPopulate: {
      name: true,
      slug: true,
      honourTitle: true,
      summary: true,
      portrait: true,
    },
    fields: [
      { name: 'name', label: '姓名', type: 'text', required: true, maxLength: 40 },
      {
        type: 'row',
        fields: [
          {
            name: 'honourTitle',
            label: '荣誉称号',
            type: 'text',
            required: true,
            maxLength: 30,
            admin: { description: '例如：最美疏导员、最美厨娘' },
          },
          {
            name: 'honourKind',
            label: '荣誉类别',
            type: 'select',
            required: true,
            defaultValue: 'most-beautiful',
            options: optionsOf(HONOUR_KINDS),
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'goodDeed',
            label: '事迹类别',
            type: 'select',
            options: optionsOf(GOOD_DEEDS),
            admin: { description: '助人为乐、见义勇为、诚实守信、敬业奉献、孝老爱亲' },
          },
          {
            name: 'yearHonoured',
            label: '获评年份',
            type: 'number',
            min: 1949,
            max: 2100,
            admin: { description: '资料未写明年份时留空' },
          },
        ],
      },
      {
        name: 'summary',
        label: '一句话简介',
        type: 'textarea',
        required: true,
        maxLength: 60,
        admin: { description: '不超过 60 字，用于列表、分享卡片和海报。' },
      },
      { name: 'portrait', label: '肖像照片', type: 'upload', relationTo: 'media' },
      { name: 'story', label: '事迹', type: 'richText' },
      {
        name: 'relatedStreets',
        label: '相关特色街巷',
        type: 'relationship',
        relationTo: 'streets',
        hasMany: true,
      },
      {
        name: 'relatedPlaces',
        label: '相关文明实践阵地',
        type: 'relationship',
        relationTo: 'places',
        hasMany: true,
      },
      printPreviewField(),
      areaField(),
      ...nominationFields(),
    ],
    endpoints: [printPreviewEndpoint],
  },
  { area: 'area', title: 'name' },
)
