/**
 * 答卷: one resident's answers to a published survey, made only through the participation
 * gate, checked against the survey's published questions (skip logic included) and kept
 * anonymous — no contact is asked; what ties an answer to a device (its hash, one answer
 * per device per survey) and to its receipt code is forgotten 30 days after the survey
 * closes, and the answers stay for the counts. Staff read them; nobody edits them.
 */
import type { CollectionConfig } from 'payload'

import { SURVEY_CHANNELS } from '../../../contract/surveys'
import { admin } from '../../access/admin'
import { hasRole } from '../../access/roles'
import { RESIDENT_WRITTEN, SERVER_ONLY } from '../access'
import { intakeFields, receivedAtField, referenceField, SYSTEM } from '../collections/intake'
import { HOUSEHOLDS_SLUG } from '../field/slugs'
import { gatedCreate } from '../gate/gate'
import { fillResponse } from './responseHooks'

export const RESPONSES_SLUG = 'survey-responses'

export const SurveyResponses: CollectionConfig = {
  slug: RESPONSES_SLUG,
  labels: { singular: '答卷', plural: '问卷答卷' },
  access: {
    read: ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'reviewer'),
    create: () => false,
    update: () => false,
    delete: admin,
  },
  admin: {
    group: '居民参与',
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'survey', 'channel', 'area', 'worker', 'receivedAt'],
    description: '居民填写的问卷答案（匿名，不能修改）。统计、图表和导出在问卷页面的“结果”里。',
  },
  defaultSort: '-receivedAt',
  // One answer per device per survey, also against two sends at once (the hook's check comes first, with a kinder message).
  // 入户代填: one per household per survey; a phone's retried sync is recognised by its clientId.
  indexes: [
    { fields: ['survey', 'deviceHash'], unique: true },
    { fields: ['survey', 'household'], unique: true },
  ],
  hooks: {
    beforeOperation: [gatedCreate('surveys')],
    beforeChange: [fillResponse],
  },
  fields: [
    referenceField,
    {
      name: 'survey',
      label: '问卷',
      type: 'relationship',
      relationTo: 'surveys',
      required: true,
      index: true,
      maxDepth: 0,
      access: RESIDENT_WRITTEN,
    },
    {
      name: 'channel',
      label: '填写方式',
      type: 'select',
      required: true,
      defaultValue: 'online',
      index: true,
      options: SURVEY_CHANNELS.map(({ value, label }) => ({ value, label })),
      access: RESIDENT_WRITTEN,
    },
    { name: 'area', label: '所在区域', type: 'relationship', relationTo: 'areas', index: true, access: RESIDENT_WRITTEN },
    { name: 'answers', label: '答案', type: 'json', required: true, admin: SYSTEM, access: RESIDENT_WRITTEN },
    {
      name: 'household',
      label: '户码',
      type: 'relationship',
      relationTo: HOUSEHOLDS_SLUG,
      maxDepth: 0,
      admin: { ...SYSTEM, description: '入户代填和纸质问卷：哪一户的答卷（不记录姓名）。' },
      access: RESIDENT_WRITTEN,
    },
    {
      name: 'worker',
      label: '代填人',
      type: 'relationship',
      relationTo: 'users',
      maxDepth: 0,
      admin: SYSTEM,
      access: RESIDENT_WRITTEN,
    },
    {
      name: 'filledAt',
      label: '填写时间',
      type: 'date',
      admin: { ...SYSTEM, description: '代填时在手机上填写的时间。' },
      access: RESIDENT_WRITTEN,
    },
    { name: 'clientId', type: 'text', unique: true, admin: { hidden: true }, access: SERVER_ONLY },
    receivedAtField,
    ...intakeFields().filter((field) => 'name' in field && field.name !== 'contact'),
  ],
}
