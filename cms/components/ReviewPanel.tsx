'use client'
/**
 * The review controls in the document sidebar: 提交审核 and 申请下线 for editors, 通过 / 退回
 * for the reviewer of the current level, 下线 (and answering a 下线申请) for administrators
 * and the last level's reviewers. The server decides; this only asks.
 */
import { useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import type { CSSProperties } from 'react'

import { levelLabel } from '../workflow/states'
import { LiveStatus } from './LiveStatus'
import { LevelReviewControls, SubmitControls, TakedownControls } from './ReviewControls'
import { ReviewFailures, ReviewHistory } from './ReviewHistory'
import { useLoadedReview, useReviewAction } from './reviewHooks'
import { type Reviewer, reviewPermissions } from './reviewPanelData'

const box: CSSProperties = { display: 'grid', gap: '0.5rem', marginBottom: '1.5rem' }

export function ReviewPanel() {
  const { id, collectionSlug, hasPublishedDoc } = useDocumentInfo()
  const { user } = useAuth<Reviewer>()
  const state = useFormFields(([fields]) => fields['review.state']?.value as string | undefined) ?? 'draft'
  const action = useReviewAction(collectionSlug, id)
  const loaded = useLoadedReview(collectionSlug, id)

  if (!id || !collectionSlug || !user) return <p style={{ marginBottom: '1.5rem' }}>保存草稿后即可提交审核。</p>

  const can = reviewPermissions(user, state, loaded)
  const { level, canSubmit, canReview } = can
  return (
    <>
      <LiveStatus collectionSlug={collectionSlug} id={id} />
      <div style={box} className="review-panel">
        <strong>审核操作</strong>
        {canSubmit && <SubmitControls action={action} />}
        {canReview && <LevelReviewControls level={level} action={action} />}
        {canReview && (
          // Payload's version comparison: what this draft changes against the live version.
          <a href={`/admin/collections/${collectionSlug}/${id}/versions`} id="review-compare" className="review-compare">
            {hasPublishedDoc ? '对比：这次修改了线上版本的哪些地方' : '查看历次保存的版本'}
          </a>
        )}
        <TakedownControls takedown={loaded.takedown} can={can} action={action} />
        {!canSubmit && !canReview && level !== null && <p>等待{levelLabel(level)}审核人处理。</p>}
        <ReviewHistory history={loaded.history} />
        <ReviewFailures failures={action.failures} />
      </div>
    </>
  )
}
