/**
 * 公开答复: a resident's question and the office's answer as the public reads them, with
 * 受理日期, 答复日期 and 答复部门. Made as a draft from an answered message (unless the
 * resident asked 不公开), with personal data masked; edited by staff and published only
 * through review (先审后发), so the 错敏字 and privacy checks run on it like any article.
 * Which message it came from is for staff only.
 */
import type { CollectionConfig } from 'payload'

import { MESSAGE_KINDS } from '../../../contract/participation'
import { withReview } from '../../workflow/reviewed'

export const REPLY_LIMITS = { title: 40, question: 2000, reply: 2000 } as const

export const Replies: CollectionConfig = withReview(
  {
    slug: 'replies',
    labels: { singular: '公开答复', plural: '公开答复' },
    admin: {
      group: '居民参与',
      useAsTitle: 'title',
      defaultColumns: ['title', 'department', 'receivedAt', 'repliedAt', '_status'],
      description: '留言答复后自动生成草稿（居民要求不公开的除外）。请核对已去除个人信息，再提交审核；审核通过后在网站“留言答复”栏目公开。',
    },
    fields: [
      { name: 'title', label: '标题', type: 'text', required: true, maxLength: REPLY_LIMITS.title },
      {
        type: 'row',
        fields: [
          {
            name: 'kind',
            label: '类别',
            type: 'select',
            required: true,
            options: MESSAGE_KINDS.map(({ value, label }) => ({ value, label })),
          },
          { name: 'department', label: '答复部门', type: 'relationship', relationTo: 'departments', required: true },
        ],
      },
      {
        name: 'question',
        label: '居民留言（公开的文字）',
        type: 'textarea',
        required: true,
        maxLength: REPLY_LIMITS.question,
        admin: { description: '已自动遮盖手机号、身份证号和门牌地址；姓名等其他个人信息请人工删去。' },
      },
      { name: 'reply', label: '答复内容', type: 'textarea', required: true, maxLength: REPLY_LIMITS.reply },
      {
        type: 'row',
        fields: [
          { name: 'receivedAt', label: '受理日期', type: 'date', required: true },
          { name: 'repliedAt', label: '答复日期', type: 'date', required: true },
        ],
      },
      { name: 'area', label: '所在区域', type: 'relationship', relationTo: 'areas', admin: { position: 'sidebar' } },
      {
        name: 'message',
        label: '来自留言',
        type: 'relationship',
        relationTo: 'messages',
        maxDepth: 0,
        admin: { position: 'sidebar', readOnly: true },
        access: { read: ({ req: { user } }) => Boolean(user), update: () => false },
      },
    ],
  },
  { area: 'area', title: 'title' },
)
