import type { CollectionConfig } from 'payload'

import { authenticated } from '../../access/authenticated'
import { publishedOrAuthenticated } from '../../access/publishedOrAuthenticated'
import { slugField } from '../../fields/slug'
import { HONOUR_KINDS } from '../../vocabulary'
import { ensureUniqueSlug } from './hooks/ensureUniqueSlug'
import { populatePublishedAt } from './hooks/populatePublishedAt'

export const Figures: CollectionConfig = {
  slug: 'figures',
  labels: { singular: '人物', plural: '人物' },
  access: {
    read: publishedOrAuthenticated,
    create: authenticated,
    update: authenticated,
    delete: authenticated,
  },
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
          options: HONOUR_KINDS.map(({ value, label }) => ({ value, label })),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'area', label: '所属区域', type: 'text', required: true, admin: { description: '例如：涧河街道' } },
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
    slugField('name'),
    {
      name: 'publishedAt',
      label: '发布时间',
      type: 'date',
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' },
        description: '首次发布时自动填写，网站上按此显示。',
      },
    },
  ],
  hooks: {
    beforeValidate: [ensureUniqueSlug],
    beforeChange: [populatePublishedAt],
  },
  versions: {
    drafts: true,
    maxPerDoc: 50,
  },
}
