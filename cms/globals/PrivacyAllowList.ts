import type { GlobalConfig } from 'payload'

import { admin } from '../access/admin'
import { staff } from '../access/staff'
import { queueRescanOnChange } from '../workflow/rescan'

/**
 * 隐私白名单: official numbers and addresses an administrator has cleared for publication
 * (a community office's phone, say). Matched however they are written (138-0013-8000 and
 * 一三八零零一三八零零零 are one entry).
 */
export const PrivacyAllowList: GlobalConfig = {
  slug: 'privacy-allowlist',
  label: '隐私白名单',
  access: {
    read: staff,
    update: admin,
  },
  admin: {
    group: '系统',
    description: '这里列出的单位电话、办公地址等可以公开发布，不会被隐私检查拦下。居民个人的电话、身份证号和住址不要加入。',
  },
  hooks: { afterChange: [queueRescanOnChange] },
  fields: [
    {
      name: 'entries',
      label: '条目',
      type: 'array',
      labels: { singular: '条目', plural: '条目' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'text', label: '号码或地址', type: 'text', required: true, admin: { description: '例如：0351-1234567、13800138000' } },
            { name: 'note', label: '说明', type: 'text', required: true, admin: { description: '例如：涧河街道某社区居委会值班电话' } },
          ],
        },
      ],
    },
  ],
}
