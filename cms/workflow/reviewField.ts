import type { GroupField } from 'payload'

import { REVIEW_STATES } from './states'

/**
 * The review record every reviewed collection carries: its state, its author, when it
 * should go live or come down, and every step taken. Written only by the workflow.
 */
export function reviewField(): GroupField {
  return {
    name: 'review',
    label: '审核',
    type: 'group',
    admin: { position: 'sidebar' },
    fields: [
      {
        name: 'actions',
        type: 'ui',
        admin: { components: { Field: '/components/ReviewPanel#ReviewPanel' } },
      },
      {
        name: 'state',
        label: '审核状态',
        type: 'select',
        defaultValue: 'draft',
        index: true,
        options: REVIEW_STATES.map(({ value, label }) => ({ value, label })),
        admin: { readOnly: true },
      },
      { name: 'author', label: '作者', type: 'relationship', relationTo: 'users', index: true, admin: { readOnly: true } },
      {
        name: 'publishAt',
        label: '定时发布',
        type: 'date',
        admin: {
          date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' },
          description: '终审通过后在此时间自动发布；留空则终审通过即发布。',
        },
      },
      {
        name: 'unpublishAt',
        label: '定时下线',
        type: 'date',
        admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' }, description: '到此时间自动下线。' },
      },
      {
        name: 'history',
        label: '审核记录',
        type: 'array',
        admin: { readOnly: true, initCollapsed: false },
        labels: { singular: '记录', plural: '审核记录' },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'at',
                label: '时间',
                type: 'date',
                admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } },
              },
              { name: 'by', label: '操作人', type: 'relationship', relationTo: 'users' },
              { name: 'byName', label: '操作人姓名', type: 'text', admin: { description: '记录当时的姓名，账号改名或删除后仍可查。' } },
            ],
          },
          {
            type: 'row',
            fields: [
              {
                name: 'decision',
                label: '操作',
                type: 'select',
                options: [
                  { value: 'submit', label: '提交审核' },
                  { value: 'approve', label: '通过' },
                  { value: 'reject', label: '退回' },
                  { value: 'publish', label: '发布' },
                  { value: 'schedule', label: '定时发布' },
                  { value: 'unpublish', label: '下线' },
                  { value: 'edit', label: '修改后回到草稿' },
                ],
              },
              { name: 'level', label: '审核级别', type: 'number' },
            ],
          },
          { name: 'reason', label: '理由', type: 'textarea' },
        ],
      },
    ],
  }
}
