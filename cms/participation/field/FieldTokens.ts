/**
 * 代填授权: what lets a community worker's phone send 入户代填 answers to the public
 * participation API (the admin itself may stay on the intranet). Issued to a signed-in worker
 * for at most 30 days, shown once as a link and QR code, stored only as a keyed hash, and
 * revocable; every answer it sends records the worker.
 */
import type { CollectionConfig } from 'payload'

import { hasRole } from '../../access/roles'
import { SERVER_ONLY } from '../access'
import { FIELD_TOKENS_SLUG } from '../gate/fieldToken'
import { issueFieldToken, revokeFieldToken } from './staff'

export const FieldTokens: CollectionConfig = {
  slug: FIELD_TOKENS_SLUG,
  labels: { singular: '代填授权', plural: '代填授权' },
  access: {
    read: ({ req: { user } }) => (hasRole(user, 'admin') ? true : user ? { user: { equals: user.id } } : false),
    create: () => false,
    update: () => false,
    delete: ({ req: { user } }) => hasRole(user, 'admin'),
  },
  endpoints: [issueFieldToken, revokeFieldToken],
  admin: {
    group: '居民参与',
    useAsTitle: 'label',
    defaultColumns: ['label', 'user', 'area', 'expiresAt', 'revokedAt'],
    description: '社区工作者用手机入户代填问卷的授权，最长 30 天；手机丢失时请立即“停用”。',
    components: { beforeListTable: ['/components/field/FieldTokenPanel#FieldTokenPanel'] },
  },
  fields: [
    { name: 'label', label: '名称', type: 'text', required: true, maxLength: 40 },
    { name: 'user', label: '社区工作者', type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'area', label: '区域', type: 'relationship', relationTo: 'areas', required: true },
    { name: 'expiresAt', label: '到期时间', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'revokedAt', label: '停用时间', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'tokenHash', type: 'text', required: true, unique: true, admin: { hidden: true }, access: SERVER_ONLY },
  ],
}
