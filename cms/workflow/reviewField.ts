import type { ArrayField, DateField, GroupField, RelationshipField, RowField, SelectField, UIField } from 'payload'

import { staffField } from '../access/staffField'
import { HISTORY_DECISIONS, REVIEW_STATES } from './states'

const DATE_TIME = { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } as const

/** The review buttons (提交审核, 通过, 退回, 下线 …): a UI-only field rendering ReviewPanel. */
function reviewActionsField(): UIField {
  return {
    name: 'actions',
    label: '审核操作',
    type: 'ui',
    admin: { disableListColumn: true, components: { Field: '/components/ReviewPanel#ReviewPanel' } },
  }
}

function reviewStateField(): SelectField {
  return {
    name: 'state',
    label: '审核状态',
    type: 'select',
    defaultValue: 'draft',
    index: true,
    options: REVIEW_STATES.map(({ value, label }) => ({ value, label })),
    admin: { readOnly: true },
  }
}

function authorField(): RelationshipField {
  return {
    name: 'author',
    label: '作者',
    type: 'relationship',
    relationTo: 'users',
    index: true,
    admin: {
      readOnly: true,
      components: { Field: '/components/UserNameField#UserNameField', Cell: '/components/UserNameCell#UserNameCell' },
    },
  }
}

function publishAtField(): DateField {
  return {
    name: 'publishAt',
    label: '定时发布',
    type: 'date',
    admin: {
      date: DATE_TIME,
      description: '终审通过后在此时间自动发布；留空则终审通过即发布。',
    },
  }
}

function unpublishAtField(): DateField {
  return {
    name: 'unpublishAt',
    label: '定时下线',
    type: 'date',
    admin: { date: DATE_TIME, description: '到此时间自动下线。' },
  }
}

/** A pending 下线申请: shown only while there is one. */
function takedownField(): GroupField {
  return {
    name: 'takedown',
    label: '下线申请',
    type: 'group',
    admin: { readOnly: true, condition: (_data, siblingData) => Boolean(siblingData?.takedown?.requestedAt) },
    fields: [
      { name: 'requestedAt', label: '申请时间', type: 'date', index: true, admin: { date: DATE_TIME } },
      { name: 'requestedByName', label: '申请人', type: 'text' },
      { name: 'reason', label: '申请理由', type: 'textarea' },
    ],
  }
}

/** One step of the history: when, who (and their name at the time). */
function historyWhoRow(): RowField {
  return {
    type: 'row',
    fields: [
      {
        name: 'at',
        label: '时间',
        type: 'date',
        admin: { date: DATE_TIME },
      },
      { name: 'by', label: '操作人', type: 'relationship', relationTo: 'users' },
      { name: 'byName', label: '操作人姓名', type: 'text', admin: { description: '记录当时的姓名，账号改名或删除后仍可查。' } },
    ],
  }
}

/** One step of the history: what was decided, at which review level. */
function historyDecisionRow(): RowField {
  return {
    type: 'row',
    fields: [
      {
        name: 'decision',
        label: '操作',
        type: 'select',
        options: HISTORY_DECISIONS,
      },
      { name: 'level', label: '审核级别', type: 'number' },
    ],
  }
}

/** Every step taken, oldest first. */
function historyField(): ArrayField {
  return {
    name: 'history',
    label: '审核记录',
    type: 'array',
    // The review panel shows the history with names; the raw array stays out of the form.
    admin: { readOnly: true, hidden: true },
    labels: { singular: '记录', plural: '审核记录' },
    fields: [historyWhoRow(), historyDecisionRow(), { name: 'reason', label: '理由', type: 'textarea' }],
  }
}

/**
 * The review record every reviewed collection carries: its state, its author, when it
 * should go live or come down, and every step taken. Written only by the workflow.
 */
export function reviewField(): GroupField {
  return {
    name: 'review',
    label: '审核',
    type: 'group',
    // Staff names, reasons and authors are internal: the public API never returns them,
    // and without read access nobody can query or sort by them either.
    access: { read: staffField },
    admin: { position: 'sidebar' },
    fields: [
      reviewActionsField(),
      reviewStateField(),
      authorField(),
      publishAtField(),
      unpublishAtField(),
      takedownField(),
      historyField(),
    ],
  }
}
