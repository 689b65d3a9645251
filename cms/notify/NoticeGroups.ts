/**
 * 群机器人: the 企业微信 and 钉钉 groups the platform posts to, each with the events it hears.
 * Administrators only: a robot's address is a secret of the group. Messages carry titles
 * and links, never draft text.
 */
import type { CollectionConfig } from 'payload'

import { admin } from '../access/admin'
import { GROUP_EVENTS } from './events'

/** A robot address: HTTPS anywhere, plain HTTP only on this machine (a local receiver). */
export function webhookProblem(value: string | null | undefined): string | true {
  const url = URL.parse(String(value ?? '').trim())
  if (!url) return '请填写机器人的 Webhook 地址，以 https:// 开头。'
  if (url.protocol === 'https:') return true
  if (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) return true
  return 'Webhook 地址必须以 https:// 开头（只有本机地址可以用 http://）。'
}

export const NoticeGroups: CollectionConfig = {
  slug: 'notice-groups',
  labels: { singular: '群机器人', plural: '群机器人' },
  access: { read: admin, create: admin, update: admin, delete: admin },
  admin: {
    group: '系统',
    useAsTitle: 'name',
    defaultColumns: ['name', 'platform', 'events', 'enabled'],
    description: '把待审、退回、发布和网站更新失败等消息发到企业微信群或钉钉群。消息只有标题和链接，不含稿件内容。',
  },
  fields: [
    { name: 'name', label: '群名称', type: 'text', required: true },
    {
      name: 'platform',
      label: '平台',
      type: 'select',
      required: true,
      defaultValue: 'wecom',
      options: [
        { label: '企业微信', value: 'wecom' },
        { label: '钉钉', value: 'dingtalk' },
      ],
    },
    {
      name: 'webhook',
      label: 'Webhook 地址',
      type: 'text',
      required: true,
      validate: webhookProblem,
      admin: { description: '在群设置 › 群机器人 › 添加机器人后复制的地址。' },
    },
    {
      name: 'secret',
      label: '加签密钥（钉钉）',
      type: 'text',
      admin: { condition: (data) => data?.platform === 'dingtalk', description: '钉钉机器人安全设置选“加签”时填写，以 SEC 开头。' },
    },
    {
      name: 'events',
      label: '接收的消息',
      type: 'select',
      hasMany: true,
      required: true,
      options: GROUP_EVENTS.map(({ value, label }) => ({ value, label })),
    },
    { name: 'enabled', label: '启用', type: 'checkbox', defaultValue: true },
  ],
}
