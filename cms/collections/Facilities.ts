import type { CollectionConfig } from 'payload'

import { admin } from '../access/admin'
import { anyone } from '../access/anyone'

/** The managed list of facilities a practice place can have (座椅, 凉亭, 公共卫生间 …). */
export const Facilities: CollectionConfig = {
  slug: 'facilities',
  labels: { singular: '设施', plural: '设施' },
  access: {
    read: anyone,
    create: admin,
    update: admin,
    delete: admin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'updatedAt'],
    group: '基础数据',
  },
  fields: [{ name: 'name', label: '名称', type: 'text', required: true, unique: true }],
}
