/**
 * What makes a collection one whose documents are published only through review (先审后发):
 * the fields that carry a public address and the review record, the hooks and operation
 * guards that protect them, the 审核 and 恢复 endpoints, and validated drafts. One wrapper,
 * so all six reviewed collections are guarded the same way.
 */
import type { CollectionConfig } from 'payload'

import { authors } from '../access/authors'
import { deleteWhenOffline } from '../access/deleteWhenOffline'
import { publishedOrInArea } from '../access/publishedOrInArea'
import { versionsInArea } from '../access/versionsInArea'
import { firstPublishedAtField, publishedAtField } from '../fields/publishedAt'
import { previousSlugsField, slugField } from '../fields/slug'
import { ensureUniqueSlug } from '../hooks/ensureUniqueSlug'
import { populatePublishedAt } from '../hooks/populatePublishedAt'
import { rememberPublishedSlug } from '../hooks/rememberPublishedSlug'
import { queueOnChange, queueOnDelete } from '../publish/queue'
import { workflowEndpoint } from './endpoint'
import { keepWritesDraft, refuseAccountProbes, restoreAsDraftEndpoint } from './guardOperations'
import { protectReview } from './protectReview'
import { forgetPrivacyFindings } from './rescan'
import { reviewField } from './reviewField'

export interface ReviewOptions {
  /** The field naming the document's area(s): community workers read drafts and versions of their own. */
  area: 'area' | 'areas'
  /** The field the slug is made from. */
  title: string
}

/** `config` with review: published documents for everyone, drafts and versions for staff (and, in their area, community workers). */
export function withReview(config: CollectionConfig, { area, title }: ReviewOptions): CollectionConfig {
  const hooks = config.hooks ?? {}
  return {
    ...config,
    access: {
      read: publishedOrInArea(area),
      readVersions: versionsInArea(area),
      create: authors,
      update: authors,
      delete: deleteWhenOffline,
      ...config.access,
    },
    admin: {
      ...config.admin,
      // Publishing happens in the 审核 panel, so the document view has no publish button.
      components: { ...config.admin?.components, edit: { PublishButton: '/components/NoPublishButton#NoPublishButton' } },
    },
    // The 审核 panel first in the sidebar: the main action is never below the fold.
    fields: [reviewField(), ...config.fields, slugField(title), previousSlugsField(), publishedAtField(), firstPublishedAtField()],
    hooks: {
      ...hooks,
      beforeOperation: [keepWritesDraft, refuseAccountProbes, ...(hooks.beforeOperation ?? [])],
      beforeValidate: [...(hooks.beforeValidate ?? []), ensureUniqueSlug],
      beforeChange: [protectReview, populatePublishedAt, rememberPublishedSlug, ...(hooks.beforeChange ?? [])],
      // After a reviewed document changes or is deleted: queue a site update if residents could see it (and forget its privacy findings).
      afterChange: [...(hooks.afterChange ?? []), queueOnChange],
      afterDelete: [...(hooks.afterDelete ?? []), queueOnDelete, forgetPrivacyFindings],
    },
    endpoints: [workflowEndpoint, restoreAsDraftEndpoint, ...(config.endpoints || [])],
    versions: {
      // Drafts are validated too: an editor learns about a missing field when saving, not at review.
      drafts: { validate: true },
      maxPerDoc: 50,
    },
  }
}
