import { lexicalEditor, RelationshipFeature } from '@payloadcms/richtext-lexical'
import type { CollectionConfig } from 'payload'

import { authors } from '../access/authors'
import { deleteUnpublishedOwn } from '../access/deleteUnpublishedOwn'
import { publishedOrInArea } from '../access/publishedOrInArea'

import { publishedAtField } from '../fields/publishedAt'
import { previousSlugsField, slugField } from '../fields/slug'
import { ensureUniqueSlug } from '../hooks/ensureUniqueSlug'
import { populatePublishedAt } from '../hooks/populatePublishedAt'
import { rememberPublishedSlug } from '../hooks/rememberPublishedSlug'
import { ARTICLE_COLUMNS, optionsOf } from '../vocabulary'
import { workflowEndpoint } from '../workflow/endpoint'
import { protectReview } from '../workflow/protectReview'
import { reviewField } from '../workflow/reviewField'

/** 文章: news and features (创城动态, 示范片区, 文明实践, 志愿服务, 通知公告). */
export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: '文章', plural: '文章' },
  access: {
    read: publishedOrInArea('areas'),
    create: authors,
    update: authors,
    delete: deleteUnpublishedOwn,
  },
  admin: {
    components: { edit: { PublishButton: '/components/NoPublishButton#NoPublishButton' } },
    useAsTitle: 'title',
    defaultColumns: ['title', 'column', 'publishedAt', '_status', 'updatedAt'],
  },
  defaultPopulate: { title: true, slug: true, lead: true, column: true, cover: true, publishedAt: true },
  fields: [
    { name: 'title', label: '标题', type: 'text', required: true, maxLength: 80 },
    { name: 'lead', label: '导语', type: 'textarea', required: true, maxLength: 200 },
    {
      type: 'row',
      fields: [
        { name: 'column', label: '栏目', type: 'select', required: true, options: optionsOf(ARTICLE_COLUMNS) },
        { name: 'source', label: '来源', type: 'text', required: true, defaultValue: '杏花岭区创城办' },
        { name: 'author', label: '作者', type: 'text' },
      ],
    },
    { name: 'cover', label: '题图', type: 'upload', relationTo: 'media' },
    {
      name: 'body',
      label: '正文',
      type: 'richText',
      required: true,
      editor: lexicalEditor({
        features: ({ defaultFeatures }) => [
          ...defaultFeatures.filter((feature) => feature.key !== 'relationship'),
          RelationshipFeature({ enabledCollections: ['figures', 'streets', 'places'] }),
        ],
      }),
    },
    {
      name: 'areas',
      label: '相关区域',
      type: 'relationship',
      relationTo: 'areas',
      hasMany: true,
      admin: { position: 'sidebar' },
    },
    slugField('title'),
    previousSlugsField(),
    publishedAtField(),
    reviewField(),
  ],
  hooks: {
    beforeValidate: [ensureUniqueSlug],
    beforeChange: [protectReview, populatePublishedAt, rememberPublishedSlug],
  },
  endpoints: [workflowEndpoint],
  versions: {
    // Drafts are validated too: an editor learns about a missing field when saving, not at review.
    drafts: { validate: true },
    maxPerDoc: 50,
  },
}
