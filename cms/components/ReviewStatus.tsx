'use client'
/** 状态 in the document header, named as everywhere else (cms/workflow/statusLabel.ts). */
import { useFormFields } from '@payloadcms/ui'

import { reviewStatusLabel } from '../workflow/statusLabel'

const DECISION = /^review\.history\.(\d+)\.decision$/

/** The document's status as named everywhere, from the form it was loaded with. */
export function useReviewStatus(): { state: string | null; label: string } {
  // Community workers cannot read the review record; they see whether it is published.
  const state = useFormFields(
    ([fields]) => (fields['review.state']?.value ?? (fields._status?.value === 'published' ? 'published' : null)) as string | null,
  )
  const lastDecision = useFormFields(([fields]) => {
    let last = -1
    for (const key of Object.keys(fields)) {
      const match = DECISION.exec(key)
      if (match) last = Math.max(last, Number(match[1]))
    }
    return last < 0 ? undefined : (fields[`review.history.${last}.decision`]?.value as string | undefined)
  })
  return { state, label: reviewStatusLabel({ state, rejected: lastDecision === 'reject' }) }
}

export function ReviewStatus() {
  const { state, label } = useReviewStatus()
  return (
    <div className="status review-status" data-state={state ?? 'unknown'}>
      <div className="status__value-wrapper">
        <span className="status__label">状态：</span>
        <span className="status__value">{label}</span>
      </div>
    </div>
  )
}

/** 审核状态 in the sidebar, under the review panel: the same words as the header. */
export function ReviewStateField() {
  const { state, label } = useReviewStatus()
  return (
    <div className="field-type review-state-field" style={{ marginBottom: '1.5rem' }}>
      <span className="field-label">审核状态</span>
      <div id="field-review__state" data-state={state ?? 'unknown'} style={{ fontWeight: 600 }}>
        {label}
      </div>
    </div>
  )
}
