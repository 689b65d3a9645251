/**
 * 活动: an event at a practice place (文明实践站/所/园) with a time, a capacity and a sign-up
 * window, published only through review (先审后发) like any article. Residents sign up
 * through the participation gate (EventSignups); station staff see their own places'
 * events, drafts included, and check people in.
 */
import type { CollectionConfig } from 'payload'

import { EVENT_KINDS, EVENT_LIMITS } from '../../../contract/events'
import { beijingDateTime } from '../../fields/beijingTime'
import { withReview } from '../../workflow/reviewed'
import { checkEvent, countPlacesTaken, eventsRead, forgetSignups } from './eventHooks'
import { eventStaffEndpoints } from './staffEndpoints'

export const EVENTS_SLUG = 'events'

export const Events: CollectionConfig = withReview(
  {
    slug: EVENTS_SLUG,
    labels: { singular: '活动', plural: '活动' },
    access: { read: eventsRead },
    admin: {
      group: '居民参与',
      useAsTitle: 'title',
      defaultColumns: ['title', 'kind', 'place', 'startsAt', 'capacity', '_status'],
      description:
        '在文明实践阵地举办的活动：写明时间、地点和名额，提交审核；审核通过后居民可在网站报名（满员后候补），现场签到，志愿者时长可导出。',
    },
    defaultPopulate: { title: true, slug: true, startsAt: true, endsAt: true, place: true },
    endpoints: eventStaffEndpoints,
    hooks: { beforeValidate: [checkEvent], beforeDelete: [forgetSignups] },
    fields: [
      { name: 'title', label: '活动名称', type: 'text', required: true, maxLength: EVENT_LIMITS.title },
      {
        name: 'kind',
        label: '类别',
        type: 'select',
        required: true,
        defaultValue: 'lecture',
        options: EVENT_KINDS.map(({ value, label }) => ({ value, label })),
      },
      {
        type: 'row',
        fields: [
          beijingDateTime('startsAt', '开始时间', { required: true, index: true }),
          beijingDateTime('endsAt', '结束时间', { required: true, index: true }),
        ],
      },
      {
        name: 'place',
        label: '活动地点',
        type: 'relationship',
        relationTo: 'places',
        required: true,
        index: true,
        maxDepth: 1,
        admin: { description: '文明实践中心、所、站或实践园；网站上的“到这里去”链接来自阵地的地址。' },
      },
      {
        type: 'row',
        fields: [
          { name: 'capacity', label: '名额', type: 'number', required: true, min: 1, max: EVENT_LIMITS.capacityMax, admin: { step: 1 } },
          {
            name: 'hours',
            label: '志愿服务时长（小时）',
            type: 'number',
            min: 0,
            max: 24,
            admin: { step: 0.5, description: '不填时按开始到结束的时间计算。' },
          },
        ],
      },
      {
        type: 'row',
        fields: [
          beijingDateTime('signupOpensAt', '报名开始', { admin: { description: '不填：发布后即可报名' } }),
          beijingDateTime('signupClosesAt', '报名截止', { admin: { description: '不填：活动开始时截止' } }),
        ],
      },
      { name: 'summary', label: '一句话简介', type: 'textarea', required: true, maxLength: EVENT_LIMITS.summary },
      { name: 'body', label: '活动介绍', type: 'textarea', maxLength: EVENT_LIMITS.body, admin: { rows: 8 } },
      { name: 'cover', label: '封面图片', type: 'upload', relationTo: 'media' },
      {
        // Places taken (已报名 and 已签到), read with the event: the site shows the places left as of its build.
        name: 'placesTaken',
        type: 'number',
        virtual: true,
        admin: { hidden: true },
        hooks: { afterRead: [countPlacesTaken] },
      },
      {
        name: 'checkIn',
        label: '签到',
        type: 'ui',
        admin: { position: 'sidebar', components: { Field: '/components/checkIn/CheckInPanel#CheckInPanel' } },
      },
      {
        name: 'area',
        label: '所属区域',
        type: 'relationship',
        relationTo: 'areas',
        required: true,
        index: true,
        admin: { position: 'sidebar', readOnly: true, description: '随活动地点自动填写。' },
      },
    ],
  },
  { area: 'area', title: 'title' },
)
