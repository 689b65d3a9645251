import type { DateField } from 'payload'

export function publishedAtField(): DateField {
  return {
    name: 'publishedAt',
    label: '发布时间',
    type: 'date',
    index: true,
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' },
      description: '首次发布时自动填写，网站上按此显示。',
    },
  }
}
