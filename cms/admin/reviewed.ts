/**
 * The review state where people look for it in every reviewed collection: named the same
 * in the header (instead of Payload's 草稿/已发布), as a default list column with filters
 * by state, and the review panel first in the sidebar.
 */
import type { CollectionConfig, Field } from 'payload'

const isReview = (field: Field) => 'name' in field && field.name === 'review'

const STATE_COMPONENTS = {
  Cell: '/components/ReviewStateCell#ReviewStateCell',
  Field: '/components/ReviewStatus#ReviewStateField',
}

function withStateCell(review: Field): Field {
  if (review.type !== 'group') return review
  return {
    ...review,
    fields: review.fields.map((field) =>
      'name' in field && field.name === 'state' ? ({ ...field, admin: { ...field.admin, components: STATE_COMPONENTS } } as Field) : field,
    ),
  }
}

function reviewedCollection(config: CollectionConfig): CollectionConfig {
  const review = config.fields.find(isReview)
  if (!review) return config
  const columns = config.admin?.defaultColumns?.map((column) => (column === '_status' ? 'review.state' : column))
  return {
    ...config,
    // Sidebar fields appear in the order given: the review panel before everything else.
    fields: [withStateCell(review), ...config.fields.filter((field) => !isReview(field))],
    admin: {
      ...config.admin,
      defaultColumns: columns,
      components: {
        ...config.admin?.components,
        edit: { ...config.admin?.components?.edit, Status: '/components/ReviewStatus#ReviewStatus' },
      },
    },
  }
}

export const withReviewedCollections = (configs: CollectionConfig[]): CollectionConfig[] => configs.map(reviewedCollection)
