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
import { RESIDENT_WRITTEN } from '../access'
import { intakeFields, receivedAtField, referenceField, SYSTEM } from '../collections/intake'
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
    defaultColumns: ['reference', 'survey', 'channel', 'area', 'receivedAt'],
    description: '居民填写的问卷答案（匿名，不能修改）。统计、图表和导出在问卷页面的“结果”里。',
  },
  defaultSort: '-receivedAt',
  // One answer per device per survey, also against two sends at once (the hook's check comes first, with a kinder message).
  indexes: [{ fields: ['survey', 'deviceHash'], unique: true }],
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
    receivedAtField,
    ...intakeFields().filter((field) => 'name' in field && field.name !== 'contact'),
  ],
}
