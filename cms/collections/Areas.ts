import type { CollectionConfig } from 'payload'
import { AREA_KINDS, optionsOf } from '../../contract/vocabulary'
import { admin } from '../access/admin'
import { anyone } from '../access/anyone'
import { slugField } from '../fields/slug'
import { ensureUniqueSlug } from '../hooks/ensureUniqueSlug'
import { queueOnChange, queueOnDelete } from '../publish/queue'

/** The district's 街道 and 镇, and the communities, 片区 and 小区 below them. */
export const Areas: CollectionConfig = {
  slug: 'areas',
  labels: { singular: '区域', plural: '区域' },
  access: {
    read: anyone,
    create: admin,
    update: admin,
    delete: admin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'parent'],
    description: '11 个街道和中涧河镇，以及下属的社区、片区、小区。',
    group: '基础数据',
  },
  defaultPopulate: { name: true, slug: true, kind: true },
  fields: [
    { name: 'name', label: '名称', type: 'text', required: true, unique: true },
    { name: 'kind', label: '类型', type: 'select', required: true, options: optionsOf(AREA_KINDS) },
    {
      name: 'parent',
      label: '上级区域',
      type: 'relationship',
      relationTo: 'areas',
      admin: { description: '街道和镇不填；社区、片区、小区填所属街道或社区（资料未写明时可留空）。' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    { name: 'description', label: '简介', type: 'textarea' },
    slugField('name'),
  ],
  hooks: {
    beforeValidate: [ensureUniqueSlug],
    afterChange: [queueOnChange],
    afterDelete: [queueOnDelete],
  },
}
