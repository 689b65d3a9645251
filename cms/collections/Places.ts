import type { CollectionConfig } from 'payload'
import { optionsOf, PLACE_LEVELS } from '../../contract/vocabulary'
import { areaField } from '../fields/area'
import { galleryField } from '../fields/gallery'
import { locationField } from '../fields/location'
import { placeLedgerEndpoint } from '../participation/ledger/endpoint'
import { ledgerField } from '../participation/ledger/field'
import { printPreviewEndpoint } from '../print/previewEndpoint'
import { printPreviewField } from '../print/previewField'
import { withReview } from '../workflow/reviewed'

/** 文明实践阵地: the New Era Civilization Practice network's centres, stations, parks … */
export const Places: CollectionConfig = withReview(
  {
    slug: 'places',
    labels: { singular: '文明实践阵地', plural: '文明实践阵地' },
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'level', 'area', '_status', 'updatedAt'],
      description: '新时代文明实践中心、所、站、点，实践园和基地。',
    },
    defaultPopulate: { name: true, slug: true, level: true, summary: true, cover: true },
    fields: [
      { name: 'name', label: '名称', type: 'text', required: true },
      {
        type: 'row',
        fields: [
          {
            name: 'level',
            label: '层级',
            type: 'select',
            options: optionsOf(PLACE_LEVELS),
            admin: { description: '资料未写明层级时留空' },
          },
          {
            name: 'openedOn',
            label: '开放日期',
            type: 'text',
            admin: { description: '资料只写月日时可只填月日，例如“10月10日”。' },
          },
        ],
      },
      { name: 'summary', label: '一句话简介', type: 'textarea', required: true, maxLength: 60 },
      locationField(),
      { name: 'openingHours', label: '开放时间', type: 'text', admin: { description: '例如：全天开放' } },
      { name: 'facilities', label: '设施', type: 'relationship', relationTo: 'facilities', hasMany: true },
      { name: 'cover', label: '封面图片', type: 'upload', relationTo: 'media' },
      {
        name: 'story',
        label: '变化',
        type: 'group',
        admin: { description: '整治或建设前后的对比，居民最关心的变化。' },
        fields: [
          { name: 'before', label: '以前', type: 'richText' },
          { name: 'after', label: '现在', type: 'richText' },
        ],
      },
      galleryField(),
      { name: 'featuredFigures', label: '阵地人物', type: 'relationship', relationTo: 'figures', hasMany: true },
      printPreviewField(),
      ledgerField(),
      areaField(),
    ],
    endpoints: [printPreviewEndpoint, placeLedgerEndpoint],
  },
  { area: 'area', title: 'name' },
)
