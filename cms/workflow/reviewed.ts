/**
 * What makes a collection one whose documents are published only through review: the
 * fields that carry a public address and the review record, the hooks that guard them,
 * the 审核 endpoint, and validated drafts. Each reviewed collection spreads these in.
 */
import type { CollectionConfig, Field } from 'payload'

import { authors } from '../access/authors'
import { deleteUnpublishedOwn } from '../access/deleteUnpublishedOwn'
import { publishedOrInArea } from '../access/publishedOrInArea'

import { publishedAtField } from '../fields/publishedAt'
import { previousSlugsField, slugField } from '../fields/slug'
import { populatePublishedAt } from '../hooks/populatePublishedAt'
import { rememberPublishedSlug } from '../hooks/rememberPublishedSlug'
import { queueOnChange, queueOnDelete } from '../publish/queue'
import { workflowEndpoint } from './endpoint'
import { protectReview } from './protectReview'
import { reviewField } from './reviewField'

/**
 * Published documents for everyone, drafts for staff and (in their area) community workers;
 * editors and administrators write; deleting follows deleteUnpublishedOwn.
 */
export function reviewedAccess(areaField: 'area' | 'areas'): CollectionConfig['access'] {
  return { read: publishedOrInArea(areaField), create: authors, update: authors, delete: deleteUnpublishedOwn }
}

/** Slug (from `titleField`), old slugs, first publication time and the review record. */
export function reviewedFields(titleField: string): Field[] {
  return [slugField(titleField), previousSlugsField(), publishedAtField(), reviewField()]
}

/** Runs before a reviewed collection's own beforeChange hooks. */
export const reviewedBeforeChange = [protectReview, populatePublishedAt, rememberPublishedSlug]

/** After a reviewed document changes or is deleted: queue a site update if residents could see it. */
export const reviewedAfterChange = [queueOnChange]
export const reviewedAfterDelete = [queueOnDelete]

export const reviewedEndpoints = [workflowEndpoint]

export const reviewedVersions: CollectionConfig['versions'] = {
  // Drafts are validated too: an editor learns about a missing field when saving, not at review.
  drafts: { validate: true },
  maxPerDoc: 50,
}

/** Publishing happens in the 审核 panel, so the document view has no publish button. */
export const reviewedEditComponents = { PublishButton: '/components/NoPublishButton#NoPublishButton' }
