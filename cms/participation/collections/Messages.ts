/**
 * 留言/咨询: what a resident asks or reports through the site's form. Created only through
 * the participation gate (gate/gate.ts); private to staff (a community worker sees their
 * own area's); the resident's words are never edited. Contact details live apart
 * (participation-contacts), so most staff never see them.
 */
import type { CollectionConfig } from 'payload'

import { MESSAGE_KINDS, MESSAGE_LIMITS, MESSAGE_STATUSES } from '../../../contract/participation'
import { RESIDENT_RECORD_ACCESS, RESIDENT_WRITTEN, SERVER_ONLY } from '../access'
import { gatedCreate } from '../gate/gate'
import { forgetContact, intakeFields, receivedAtField, referenceField, SYSTEM } from './intake'
import { answerMessage, closeMessage, fillFromGate } from './messageHooks'

export const Messages: CollectionConfig = {
  slug: 'messages',
  labels: { singular: '留言', plural: '留言/咨询' },
  access: RESIDENT_RECORD_ACCESS,
  admin: {
    group: '居民参与',
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'kind', 'subject', 'area', 'status', 'receivedAt', 'dueOn', 'assignee'],
    description: '居民通过网站提交的留言和咨询。居民的原话不能修改；联系方式单独保存，只有指定人员可以查看。',
  },
  defaultSort: '-receivedAt',
  hooks: {
    beforeOperation: [gatedCreate('messages')],
    beforeChange: [fillFromGate, answerMessage, closeMessage],
    afterDelete: [forgetContact],
  },
  fields: [
    referenceField,
    {
      name: 'kind',
      label: '类别',
      type: 'select',
      required: true,
      options: MESSAGE_KINDS.map(({ value, label }) => ({ value, label })),
      access: RESIDENT_WRITTEN,
    },
    { name: 'area', label: '所在区域', type: 'relationship', relationTo: 'areas', index: true, access: RESIDENT_WRITTEN },
    { name: 'subject', label: '标题', type: 'text', maxLength: MESSAGE_LIMITS.subject, access: RESIDENT_WRITTEN },
    { name: 'body', label: '内容', type: 'textarea', required: true, maxLength: MESSAGE_LIMITS.body, access: RESIDENT_WRITTEN },
    { name: 'keepPrivate', label: '居民要求不公开', type: 'checkbox', defaultValue: false, access: RESIDENT_WRITTEN },
    {
      name: 'status',
      label: '状态',
      type: 'select',
      required: true,
      defaultValue: 'received',
      index: true,
      options: MESSAGE_STATUSES.map(({ value, label }) => ({ value, label })),
    },
    receivedAtField,
    {
      name: 'dueOn',
      label: '答复期限',
      type: 'text',
      index: true,
      admin: { ...SYSTEM, description: '按“居民参与设置”中的工作日时限算出；到期前一个工作日提醒承办人。' },
      access: RESIDENT_WRITTEN,
    },
    {
      name: 'assignee',
      label: '承办人',
      type: 'relationship',
      relationTo: 'users',
      filterOptions: { role: { in: ['admin', 'editor'] } },
      admin: { description: '负责答复的人，快到期时会收到提醒邮件。' },
    },
    {
      name: 'department',
      label: '答复部门',
      type: 'relationship',
      relationTo: 'departments',
      filterOptions: { active: { equals: true } },
    },
    {
      name: 'reply',
      label: '答复内容',
      type: 'textarea',
      maxLength: MESSAGE_LIMITS.body,
      admin: { description: '状态改为“已答复”后，居民凭回执码可以看到。' },
    },
    { name: 'repliedAt', label: '答复日期', type: 'date', admin: SYSTEM, access: { update: () => false } },
    { name: 'remindedOn', type: 'text', admin: { hidden: true }, access: SERVER_ONLY },
    {
      name: 'publicReply',
      label: '公开答复',
      type: 'relationship',
      relationTo: 'replies',
      maxDepth: 0,
      admin: { ...SYSTEM, description: '答复后自动生成的公开答复草稿；审核通过后在网站公开。居民要求不公开的没有。' },
      access: { update: () => false },
    },
    { name: 'closedAt', label: '办结日期', type: 'date', admin: SYSTEM, access: { update: () => false } },
    ...intakeFields(),
  ],
}
