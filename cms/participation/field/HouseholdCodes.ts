/**
 * 户码: the codes community workers give the households of their area for 入户代填 and paper
 * questionnaires — a 楼栋 label, a household number and a short code, never a name. One
 * answer per household per survey is counted by its code. Made in batches (field/staff.ts);
 * a community worker reads their own area's codes, nobody edits them.
 */
import type { CollectionConfig } from 'payload'

import { admin } from '../../access/admin'
import { staffOrOwnArea } from '../access'
import { HOUSEHOLDS_SLUG } from './slugs'
import { householdBatch } from './staff'

export const HouseholdCodes: CollectionConfig = {
  slug: HOUSEHOLDS_SLUG,
  labels: { singular: '户码', plural: '户码' },
  access: { read: staffOrOwnArea, create: () => false, update: () => false, delete: admin },
  endpoints: [householdBatch],
  admin: {
    group: '居民参与',
    useAsTitle: 'code',
    defaultColumns: ['code', 'building', 'number', 'area', 'createdAt'],
    description: '入户代填和纸质问卷用的户码：按楼栋成批生成，写在门牌记录本上，不记录姓名。每户每份问卷只计一份答卷。',
    components: { beforeListTable: ['/components/field/HouseholdBatchPanel#HouseholdBatchPanel'] },
  },
  defaultSort: 'building',
  fields: [
    { name: 'code', label: '户码', type: 'text', required: true, unique: true, admin: { readOnly: true } },
    { name: 'area', label: '所属区域', type: 'relationship', relationTo: 'areas', required: true, index: true },
    { name: 'building', label: '楼栋', type: 'text', required: true, maxLength: 40, index: true },
    { name: 'number', label: '户序号', type: 'number', required: true, min: 1 },
    { name: 'createdBy', label: '生成人', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
  ],
}
