import { lexicalEditor, RelationshipFeature } from '@payloadcms/richtext-lexical'
import type { CollectionConfig } from 'payload'
import { ARTICLE_COLUMNS, optionsOf } from '../../contract/vocabulary'
import { withSafeLinkFeature } from '../hooks/safeLinks'
import { withReview } from '../workflow/reviewed'

/** 文章: news and features (创城动态, 示范片区, 文明实践, 志愿服务, 通知公告). */
export const Articles: CollectionConfig = withReview(
  {
    slug: 'articles',
    labels: { singular: '文章', plural: '文章' },
    admin: {
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
            ...withSafeLinkFeature(defaultFeatures.filter((feature) => feature.key !== 'relationship')),
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
    ],
  },
  { area: 'areas', title: 'title' },
)
