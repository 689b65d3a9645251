import type { CollectionConfig } from 'payload'
import { REVIEWED_COLLECTIONS } from '../../contract/collections'
import { admin } from '../access/admin'

/** What the re-scan wrote stays as it wrote it: only the status is an administrator's to change. */
const SYSTEM_WRITTEN = { update: () => false }

/**
 * 隐私复查: what a re-scan of live content found after the detector or the allow-list
 * changed. Written only by the re-scan; administrators read it and mark each one handled.
 */
export const PrivacyFindings: CollectionConfig = {
  slug: 'privacy-findings',
  labels: { singular: '隐私复查结果', plural: '隐私复查' },
  access: {
    read: admin,
    create: () => false,
    update: admin,
    delete: () => false,
  },
  admin: {
    group: '系统',
    useAsTitle: 'title',
    defaultColumns: ['title', 'field', 'kind', 'excerpt', 'status', 'foundAt'],
    description:
      '隐私检查规则或白名单变化后，系统重新检查了已发布的内容。请逐条核实：需要修改的，请编辑后重新提交审核，或先下线；确认无误的，标为“已处理”。',
  },
  fields: [
    { name: 'title', label: '内容', type: 'text', required: true, admin: { readOnly: true }, access: SYSTEM_WRITTEN },
    {
      name: 'document',
      label: '所在文档',
      type: 'relationship',
      relationTo: [...REVIEWED_COLLECTIONS],
      required: true,
      admin: { readOnly: true },
      access: SYSTEM_WRITTEN,
    },
    { name: 'field', label: '位置', type: 'text', required: true, admin: { readOnly: true }, access: SYSTEM_WRITTEN },
    {
      name: 'kind',
      label: '类型',
      type: 'select',
      required: true,
      options: [
        { value: 'mobile', label: '手机号码' },
        { value: 'id-number', label: '身份证号码' },
        { value: 'address', label: '精确到门牌的住址' },
      ],
      admin: { readOnly: true },
      access: SYSTEM_WRITTEN,
    },
    { name: 'excerpt', label: '发现的内容（已打码）', type: 'text', required: true, admin: { readOnly: true }, access: SYSTEM_WRITTEN },
    {
      name: 'foundAt',
      label: '发现时间',
      type: 'date',
      required: true,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } },
      access: SYSTEM_WRITTEN,
    },
    {
      name: 'status',
      label: '处理状态',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: [
        { value: 'open', label: '待处理' },
        { value: 'resolved', label: '已处理' },
      ],
    },
  ],
}
