/**
 * 课单: what a station or park offers residents to order — a talk, a training, a free clinic,
 * a performance, volunteer service. Published only through review (先审后发) like any
 * article, so its words pass the 错敏字 and privacy checks and an unreviewed item never
 * reaches the menu or takes an order. Its area follows its place.
 */
import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { relationId } from '../../../contract/relations'
import { SERVICE_KINDS } from '../../../contract/services'
import { optionsOf } from '../../../contract/vocabulary'
import { areaField } from '../../fields/area'
import { withReview } from '../../workflow/reviewed'
import { TEAMS_SLUG } from './VolunteerTeams'

export const ITEMS_SLUG = 'service-items'

/** The item's area is its place's: the menu of a 街道 lists its places' items without anyone keeping two fields in step. */
const areaFromPlace: CollectionBeforeValidateHook = async ({ data, req }) => {
  const place = relationId(data?.place)
  if (!data || place === null) return data
  const found = await req.payload.findByID({ collection: 'places', id: place, depth: 0, req, overrideAccess: true, disableErrors: true })
  return found ? { ...data, area: relationId(found.area) } : data
}

export const ServiceItems: CollectionConfig = withReview(
  {
    slug: ITEMS_SLUG,
    labels: { singular: '课单', plural: '文明课单' },
    admin: {
      group: '文明课单',
      useAsTitle: 'title',
      defaultColumns: ['title', 'kind', 'place', 'capacity', '_status'],
      description: '阵地提供给居民点单的服务项目。提交审核、通过后才出现在网站的课单上，居民才能点单。',
    },
    hooks: { beforeValidate: [areaFromPlace] },
    fields: [
      { name: 'title', label: '课单名称', type: 'text', required: true, maxLength: 40 },
      {
        type: 'row',
        fields: [
          { name: 'kind', label: '类别', type: 'select', required: true, options: optionsOf(SERVICE_KINDS) },
          { name: 'place', label: '提供阵地', type: 'relationship', relationTo: 'places', required: true, index: true },
        ],
      },
      { name: 'summary', label: '内容简介', type: 'textarea', required: true, maxLength: 200 },
      {
        type: 'row',
        fields: [
          { name: 'duration', label: '时长（分钟）', type: 'number', required: true, min: 10, max: 600, defaultValue: 60 },
          { name: 'capacity', label: '最多人数', type: 'number', required: true, min: 1, max: 500, defaultValue: 30 },
        ],
      },
      {
        name: 'provider',
        label: '服务提供者',
        type: 'group',
        fields: [
          {
            name: 'kind',
            label: '由谁提供',
            type: 'radio',
            required: true,
            defaultValue: 'team',
            options: [
              { value: 'team', label: '志愿服务队' },
              { value: 'figure', label: '人物（宣讲员、医生、文艺骨干…）' },
            ],
          },
          {
            name: 'team',
            label: '志愿服务队',
            type: 'relationship',
            relationTo: TEAMS_SLUG,
            admin: { condition: (_, s) => s?.kind === 'team' },
          },
          {
            name: 'figure',
            label: '人物',
            type: 'relationship',
            relationTo: 'figures',
            admin: { condition: (_, s) => s?.kind === 'figure' },
          },
        ],
      },
      {
        name: 'booking',
        label: '预约',
        type: 'group',
        fields: [
          {
            name: 'leadDays',
            label: '至少提前几天预约',
            type: 'number',
            required: true,
            min: 0,
            max: 60,
            defaultValue: 3,
          },
          {
            type: 'row',
            fields: [
              { name: 'from', label: '可预约开始日期', type: 'date' },
              { name: 'until', label: '可预约截止日期', type: 'date' },
            ],
          },
          { name: 'note', label: '预约说明', type: 'text', maxLength: 60, admin: { description: '例如：每周二、四下午' } },
        ],
      },
      areaField({ label: '所属区域（随阵地）' }),
    ],
  },
  { area: 'area', title: 'title' },
)
