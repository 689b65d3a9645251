/**
 * 选票: one ballot per invitation code, cast only through the participation gate (form
 * 'votes') and checked by its own hook: the 评选 published and open, the code this 评选's
 * and unused (used up in the same transaction), the choices among its candidates. A ballot
 * keeps its choices and the code's area — never the code, nor anything of the device.
 * Nobody edits or deletes one; staff see the counts on the 评选.
 */
import type { CollectionConfig } from 'payload'

import { hasRole } from '../../access/roles'
import { RESIDENT_WRITTEN } from '../access'
import { gatedCreate } from '../gate/gate'
import { castBallot } from './ballotHooks'

export const BALLOTS_SLUG = 'ballots'

export const Ballots: CollectionConfig = {
  slug: BALLOTS_SLUG,
  labels: { singular: '选票', plural: '评选选票' },
  access: {
    read: ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'reviewer'),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  admin: {
    group: '居民参与',
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'election', 'area', 'castAt'],
    description: '居民凭邀请码投出的票（不记录邀请码，不能修改）。计票情况在评选页面右侧。',
  },
  defaultSort: '-castAt',
  hooks: { beforeOperation: [gatedCreate('votes')], beforeChange: [castBallot] },
  fields: [
    { name: 'reference', label: '编号', type: 'text', unique: true, admin: { readOnly: true }, access: RESIDENT_WRITTEN },
    {
      name: 'election',
      label: '评选',
      type: 'relationship',
      relationTo: 'elections',
      required: true,
      index: true,
      maxDepth: 0,
      access: RESIDENT_WRITTEN,
    },
    { name: 'choices', label: '所选候选人', type: 'json', required: true, admin: { readOnly: true }, access: RESIDENT_WRITTEN },
    { name: 'area', label: '邀请码的发放区域', type: 'relationship', relationTo: 'areas', index: true, access: RESIDENT_WRITTEN },
    { name: 'castAt', label: '投票时间', type: 'date', index: true, admin: { readOnly: true }, access: RESIDENT_WRITTEN },
  ],
}
