'use client'
/** The buttons of the review panel, each group shown only to whoever may use it. */
import { Button } from '@payloadcms/ui'

import { levelLabel } from '../workflow/states'
import type { ReviewAction } from './reviewHooks'
import { type Permissions, type Takedown, when } from './reviewPanelData'

/** 提交审核, for editors and administrators, with the option to mask personal numbers. */
export function SubmitControls({ action }: { action: ReviewAction }) {
  const { mask, setMask, busy, act } = action
  return (
    <>
      <label style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
        <input type="checkbox" checked={mask} onChange={(event) => setMask(event.target.checked)} />
        提交时给手机号、身份证号、门牌号打码
      </label>
      <Button buttonStyle="primary" disabled={busy} onClick={() => act('submit')} id="review-submit">
        提交审核
      </Button>
    </>
  )
}

/** 通过 / 退回, for the reviewer of the level the document waits at. */
export function LevelReviewControls({ level, action }: { level: number | null; action: ReviewAction }) {
  const { reason, setReason, busy, act } = action
  return (
    <>
      <label htmlFor="review-reason">退回理由（退回时必填）</label>
      <textarea id="review-reason" rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />
      <Button buttonStyle="primary" disabled={busy} onClick={() => act('approve')} id="review-approve">
        通过（{levelLabel(level ?? 1)}）
      </Button>
      <Button buttonStyle="secondary" disabled={busy} onClick={() => act('reject')} id="review-reject">
        退回
      </Button>
    </>
  )
}

interface TakedownProps {
  takedown: Takedown | null
  can: Permissions
  action: ReviewAction
}

/** A pending 下线申请, and the reason box for asking for or declining one. */
function TakedownRequest({ takedown, can, action }: TakedownProps) {
  const { canTakeDown, canRequestTakedown } = can
  return (
    <>
      {takedown && (
        <p className="review-takedown">
          {takedown.requestedByName ?? '编辑'} {when(takedown.requestedAt)} 申请下线：{takedown.reason}
        </p>
      )}
      {(canRequestTakedown || (canTakeDown && takedown)) && (
        <>
          <label htmlFor="takedown-reason">{canTakeDown && takedown ? '驳回理由（驳回时必填）' : '申请下线的理由（必填）'}</label>
          <textarea id="takedown-reason" rows={2} value={action.reason} onChange={(event) => action.setReason(event.target.value)} />
        </>
      )}
    </>
  )
}

/** 申请下线 for editors; 下线 and 驳回下线申请 for administrators and the last level's reviewers. */
export function TakedownControls({ takedown, can, action }: TakedownProps) {
  const { canTakeDown, canRequestTakedown } = can
  const { busy, act } = action
  return (
    <>
      <TakedownRequest takedown={takedown} can={can} action={action} />
      {canRequestTakedown && !canTakeDown && (
        <Button buttonStyle="secondary" disabled={busy} onClick={() => act('request-unpublish')} id="review-request-unpublish">
          申请下线
        </Button>
      )}
      {canTakeDown && (
        <Button buttonStyle="secondary" disabled={busy} onClick={() => act('unpublish')} id="review-unpublish">
          下线
        </Button>
      )}
      {canTakeDown && takedown && (
        <Button buttonStyle="secondary" disabled={busy} onClick={() => act('decline-unpublish')} id="review-decline-unpublish">
          驳回下线申请
        </Button>
      )}
    </>
  )
}
