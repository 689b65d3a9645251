/**
 * 邀请码: one per household, printed on a slip by a community worker for their own area
 * (codes.ts) and used up by the ballot it casts (ballotHooks.ts). Only the code's keyed
 * hash is stored, so neither the list nor the database shows a code anyone could use; the
 * codes themselves appear once, in the PDF of slips. Nobody writes them through the API.
 */
import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { admin } from '../../access/admin'
import { refuse } from '../../common/refuse'
import { SERVER_ONLY, staffOrOwnArea } from '../access'

export const VOTE_CODES_SLUG = 'vote-codes'

const onlyInBatches: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'create' || operation === 'update')
    throw refuse('邀请码只能在评选页面成批生成（打印成纸条），不能逐个添加或修改。', 403)
  return args
}

export const VoteCodes: CollectionConfig = {
  slug: VOTE_CODES_SLUG,
  labels: { singular: '邀请码', plural: '评选邀请码' },
  access: { read: staffOrOwnArea, create: () => false, update: () => false, delete: admin },
  admin: {
    group: '居民参与',
    useAsTitle: 'building',
    defaultColumns: ['election', 'area', 'building', 'createdBy', 'usedAt', 'createdAt'],
    description: '社区工作者在评选页面成批生成、打印后分发到户；这里只记录发放范围和是否已使用，看不到邀请码本身。',
  },
  defaultSort: '-createdAt',
  hooks: { beforeOperation: [onlyInBatches] },
  fields: [
    { name: 'election', label: '评选', type: 'relationship', relationTo: 'elections', required: true, index: true, maxDepth: 0 },
    { name: 'area', label: '发放区域', type: 'relationship', relationTo: 'areas', required: true, index: true, maxDepth: 0 },
    { name: 'building', label: '楼栋', type: 'text', admin: { description: '发放的楼栋或网格，如“3号楼”。' } },
    { name: 'createdBy', label: '生成人', type: 'relationship', relationTo: 'users', maxDepth: 0 },
    { name: 'usedAt', label: '使用时间', type: 'date', index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'codeHash', type: 'text', required: true, unique: true, admin: { hidden: true }, access: SERVER_ONLY },
  ],
}
