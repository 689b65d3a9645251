import type { DateField } from 'payload'

import { adminField, nobody, staffField } from '../access/staffField'

const DATE_TIME = { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } as const

/** The publication time the site shows: set by the system on first publication; only an administrator backdates it (recorded). */
export function publishedAtField(): DateField {
  return {
    name: 'publishedAt',
    label: '发布时间',
    type: 'date',
    index: true,
    access: { create: nobody, update: adminField },
    admin: {
      position: 'sidebar',
      date: DATE_TIME,
      description: '首次发布时自动填写，网站上按此显示。只有管理员可以改早（不能晚于现在），修改会记入审核记录和操作日志。',
    },
  }
}

/** When the document first went live: kept by the system, never editable, never public. It decides who may delete the document. */
export function firstPublishedAtField(): DateField {
  return {
    name: 'firstPublishedAt',
    label: '首次上线时间',
    type: 'date',
    index: true,
    access: { read: staffField, create: nobody, update: nobody },
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: DATE_TIME,
      description: '系统记录，不可修改。上过线的内容只能由管理员在下线后删除。',
    },
  }
}
