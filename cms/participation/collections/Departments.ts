/**
 * 答复部门: the managed list of departments that answer residents' messages. Their names
 * are public (each published answer names its department); administrators keep the list.
 */
import type { CollectionConfig } from 'payload'

import { admin } from '../../access/admin'
import { anyone } from '../../access/anyone'

export const Departments: CollectionConfig = {
  slug: 'departments',
  labels: { singular: '答复部门', plural: '答复部门' },
  access: { read: anyone, create: admin, update: admin, delete: admin },
  admin: {
    group: '居民参与',
    useAsTitle: 'name',
    defaultColumns: ['name', 'active'],
    description: '答复居民留言的部门。公开答复会写明答复部门。不再答复的部门请取消“在用”，不要删除。',
  },
  defaultSort: 'name',
  fields: [
    { name: 'name', label: '部门名称', type: 'text', required: true, unique: true, maxLength: 40 },
    { name: 'active', label: '在用', type: 'checkbox', defaultValue: true },
  ],
}
