import type { CollectionConfig } from 'payload'

import { admin } from '../access/admin'
import { auditExportEndpoint } from './exportEndpoint'

export const AUDIT_ACTIONS = [
  { value: 'create', label: '新建' },
  { value: 'update', label: '修改' },
  { value: 'delete', label: '删除' },
  { value: 'workflow', label: '审核操作' },
  { value: 'settings', label: '修改设置' },
  { value: 'sign-in', label: '登录' },
  { value: 'sign-in-failed', label: '登录失败' },
  { value: 'sign-in-refused', label: '登录被拒（锁定中）' },
  { value: 'unlock', label: '解锁账号' },
  { value: 'password', label: '找回或重设密码' },
  { value: 'retention', label: '按保存期限清理日志' },
  { value: 'restore', label: '从备份恢复' },
  { value: 'read-contact', label: '查看居民联系方式' },
  { value: 'purge', label: '到期删除居民数据' },
  { value: 'export', label: '导出或打印文件' },
] as const

/**
 * 操作日志: every write, workflow step, sign-in (and failed one), unlock and settings change —
 * who, when, what, from where. Nobody edits or deletes an entry, administrators included:
 * the API refuses it and so does the database itself (a trigger, see the migration); only
 * the retention job removes entries older than the retention period.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: '操作日志', plural: '操作日志' },
  access: {
    read: admin,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  admin: {
    group: '系统',
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'actorName', 'action', 'summary', 'address'],
    description:
      '所有修改、审核、登录和设置变更的记录，任何人都不能修改或删除；超过保存期限（网站设置中设定，默认 180 天）的记录由系统自动清理。',
    components: { beforeListTable: ['/components/AuditExportLink#AuditExportLink'] },
  },
  defaultSort: '-createdAt',
  endpoints: [auditExportEndpoint],
  fields: [
    {
      name: 'action',
      label: '操作',
      type: 'select',
      required: true,
      index: true,
      options: AUDIT_ACTIONS.map(({ value, label }) => ({ value, label })),
    },
    { name: 'summary', label: '内容', type: 'text', required: true },
    {
      type: 'row',
      fields: [
        { name: 'actorName', label: '操作人', type: 'text', index: true },
        { name: 'actorEmail', label: '操作人邮箱', type: 'text', index: true },
        { name: 'actorId', label: '操作人编号', type: 'number' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'collection', label: '对象类型', type: 'text', index: true },
        { name: 'documentId', label: '对象编号', type: 'text', index: true },
        { name: 'documentTitle', label: '对象名称', type: 'text' },
      ],
    },
    { name: 'fields', label: '改动的字段', type: 'text' },
    { name: 'reason', label: '理由', type: 'textarea' },
    {
      type: 'row',
      fields: [
        { name: 'address', label: '来源地址', type: 'text', index: true },
        { name: 'channel', label: '途径', type: 'text' },
      ],
    },
    { name: 'userAgent', label: '浏览器', type: 'text' },
  ],
}
