/**
 * 点单: a resident's order of a 课单 (or one a community worker typed in for them), and
 * everything that happens to it — 审单, 派单, 接单, 结项, 评单 — each step with who, when
 * and why. Made only through the participation gate; moved only by the step endpoints
 * (orderSteps.ts), never by a plain write. Station staff read their places' orders, a
 * team leader the orders given to their team, without the resident's contact.
 */
import type { CollectionConfig, Field } from 'payload'

import { ORDER_ACTIONS, ORDER_ACTORS, ORDER_LIMITS, ORDER_STATES, RATING_STATES, SERVICE_KINDS } from '../../../contract/services'
import { optionsOf } from '../../../contract/vocabulary'
import { admin } from '../../access/admin'
import { hasRole } from '../../access/roles'
import { inOwnPlacesOrTeam } from '../../access/teams'
import { RESIDENT_WRITTEN, SERVER_ONLY } from '../access'
import { forgetContact, intakeFields, receivedAtField, referenceField, SYSTEM } from '../collections/intake'
import { gatedCreate } from '../gate/gate'
import { checkOrder, fillOrder } from './orderHooks'
import { ITEMS_SLUG } from './ServiceItems'
import { orderEndpoints } from './staffEndpoints'
import { TEAMS_SLUG } from './VolunteerTeams'

export const ORDERS_SLUG = 'service-orders'

const fixed = { ...SYSTEM }
/** A team leader works from the order itself; the resident's contact stays with the station. */
const notForTeams = {
  read: ({ req: { user } }: { req: { user: unknown } }) => !hasRole(user as never, 'teamLeader'),
  update: () => false,
}

/** The intake fields, with the contact hidden from team leaders. */
const orderIntakeFields = (): Field[] =>
  intakeFields().map((field) => ('name' in field && field.name === 'contact' ? ({ ...field, access: notForTeams } as Field) : field))

const stepFields: Field[] = [
  { name: 'action', label: '操作', type: 'select', required: true, options: optionsOf(ORDER_ACTIONS) },
  { name: 'at', label: '时间', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  { name: 'by', label: '操作方', type: 'select', required: true, options: optionsOf(ORDER_ACTORS) },
  { name: 'actor', label: '操作人', type: 'relationship', relationTo: 'users', maxDepth: 0 },
  { name: 'team', label: '派给', type: 'relationship', relationTo: TEAMS_SLUG, maxDepth: 0 },
  { name: 'reason', label: '原因', type: 'textarea', maxLength: ORDER_LIMITS.reason },
]

export const ServiceOrders: CollectionConfig = {
  slug: ORDERS_SLUG,
  labels: { singular: '点单', plural: '课单点单' },
  access: { read: inOwnPlacesOrTeam('place', 'team'), create: () => false, update: () => false, delete: admin },
  admin: {
    group: '文明课单',
    useAsTitle: 'reference',
    components: { beforeListTable: ['/components/orderDesk/OverdueLink#OverdueLink'] },
    defaultColumns: ['reference', 'item', 'place', 'state', 'wantedAt', 'team', 'dueOn'],
    description:
      '居民点的课单。审单、派单、接单、结项都在课单的操作中进行，每一步记录操作人、时间和原因。筛选“处理期限”早于今天的即为超期。',
  },
  defaultSort: '-receivedAt',
  endpoints: orderEndpoints,
  hooks: {
    beforeOperation: [gatedCreate('services')],
    beforeChange: [checkOrder, fillOrder],
    afterDelete: [forgetContact],
  },
  fields: [
    {
      name: 'desk',
      label: '处理',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/orderDesk/OrderDeskPanel#OrderDeskPanel' } },
    },
    referenceField,
    { name: 'item', label: '课单', type: 'relationship', relationTo: ITEMS_SLUG, required: true, access: RESIDENT_WRITTEN },
    { name: 'place', label: '服务阵地', type: 'relationship', relationTo: 'places', index: true, admin: fixed, access: RESIDENT_WRITTEN },
    { name: 'kind', label: '类别', type: 'select', options: optionsOf(SERVICE_KINDS), index: true, admin: fixed, access: RESIDENT_WRITTEN },
    {
      name: 'state',
      label: '状态',
      type: 'select',
      required: true,
      defaultValue: 'submitted',
      index: true,
      options: ORDER_STATES.map(({ value, label }) => ({ value, label })),
      access: { update: () => false },
    },
    { name: 'group', label: '服务对象', type: 'text', maxLength: ORDER_LIMITS.group, access: RESIDENT_WRITTEN },
    { name: 'household', label: '户码', type: 'text', maxLength: ORDER_LIMITS.household, access: RESIDENT_WRITTEN },
    { name: 'people', label: '人数', type: 'number', min: 1, access: RESIDENT_WRITTEN },
    {
      name: 'wantedAt',
      label: '希望服务时间',
      type: 'date',
      index: true,
      admin: { ...fixed, date: { pickerAppearance: 'dayAndTime' } },
      access: RESIDENT_WRITTEN,
    },
    { name: 'venue', label: '服务地点', type: 'text', maxLength: ORDER_LIMITS.venue, access: RESIDENT_WRITTEN },
    { name: 'note', label: '补充说明', type: 'textarea', maxLength: ORDER_LIMITS.note, access: RESIDENT_WRITTEN },
    { name: 'team', label: '承接队伍', type: 'relationship', relationTo: TEAMS_SLUG, index: true, admin: fixed, access: RESIDENT_WRITTEN },
    {
      name: 'dueOn',
      label: '处理期限',
      type: 'text',
      index: true,
      admin: { ...fixed, description: '当前这一步（审单、派单、接单）要在这一天之前办完；到期前一个工作日提醒。' },
      access: RESIDENT_WRITTEN,
    },
    { name: 'remindedOn', type: 'text', admin: { hidden: true }, access: SERVER_ONLY },
    {
      name: 'channel',
      label: '点单方式',
      type: 'select',
      options: [
        { value: 'online', label: '居民网上点单' },
        { value: 'worker', label: '社区工作者代点单' },
      ],
      admin: fixed,
      access: RESIDENT_WRITTEN,
    },
    {
      name: 'orderedBy',
      label: '代点单人',
      type: 'relationship',
      relationTo: 'users',
      maxDepth: 0,
      admin: fixed,
      access: RESIDENT_WRITTEN,
    },
    { name: 'steps', label: '办理记录', type: 'array', admin: fixed, access: RESIDENT_WRITTEN, fields: stepFields },
    receivedAtField,
    {
      name: 'report',
      label: '结项报告',
      type: 'group',
      admin: fixed,
      access: RESIDENT_WRITTEN,
      fields: [
        { name: 'text', label: '服务情况', type: 'textarea', maxLength: 2000 },
        { name: 'photos', label: '照片', type: 'upload', relationTo: 'media', hasMany: true, maxDepth: 0 },
        { name: 'photoConsent', label: '照片中的人已同意', type: 'checkbox' },
        { name: 'consentBy', label: '确认人', type: 'relationship', relationTo: 'users', maxDepth: 0 },
        { name: 'filedAt', label: '提交时间', type: 'date' },
        { name: 'article', label: '新闻稿草稿', type: 'relationship', relationTo: 'articles', maxDepth: 0 },
      ],
    },
    {
      name: 'rating',
      label: '居民评价',
      type: 'group',
      admin: fixed,
      access: RESIDENT_WRITTEN,
      fields: [
        { name: 'score', label: '评分', type: 'number', min: 1, max: 5 },
        { name: 'comment', label: '评价', type: 'textarea', maxLength: ORDER_LIMITS.comment },
        { name: 'state', label: '审核', type: 'select', options: optionsOf(RATING_STATES) },
        { name: 'ratedAt', label: '评价时间', type: 'date' },
        { name: 'reviewedBy', label: '审核人', type: 'relationship', relationTo: 'users', maxDepth: 0 },
      ],
    },
    { name: 'personalForgotten', label: '个人信息已删除', type: 'date', admin: fixed, access: RESIDENT_WRITTEN },
    ...orderIntakeFields(),
  ],
}
