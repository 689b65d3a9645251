import type { GlobalConfig } from 'payload'

import { admin } from '../access/admin'
import { staff } from '../access/staff'

/** 错敏字词库: wrong or banned wordings checked in every text before review and publishing. */
export const SensitiveWords: GlobalConfig = {
  slug: 'sensitive-words',
  label: '错敏字词库',
  access: {
    read: staff,
    update: admin,
  },
  admin: { group: '系统', description: '提交审核和发布前，所有文字都会按此词库检查。' },
  fields: [
    {
      name: 'entries',
      label: '词条',
      type: 'array',
      labels: { singular: '词条', plural: '词条' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'wrong', label: '错误或禁用写法', type: 'text', required: true },
            { name: 'right', label: '正确写法', type: 'text', admin: { description: '禁用词留空' } },
            {
              name: 'kind',
              label: '类型',
              type: 'select',
              required: true,
              defaultValue: 'mistake',
              options: [
                { value: 'mistake', label: '易错字词' },
                { value: 'banned', label: '禁用词' },
                { value: 'sensitive', label: '敏感表述' },
              ],
            },
          ],
        },
        { name: 'note', label: '说明', type: 'text' },
      ],
    },
  ],
}
