/** 审核状态 in the lists, named as everywhere else (cms/workflow/statusLabel.ts). */
import type { DefaultServerCellComponentProps } from 'payload'

import { rejection, reviewStatusLabel } from '../workflow/statusLabel'

export function ReviewStateCell({ cellData, rowData }: DefaultServerCellComponentProps) {
  const row = rowData as { _status?: string; review?: { history?: { decision?: string; reason?: string }[] } }
  // Community workers cannot read the review record; they see whether it is published.
  const state = (cellData as string | undefined) ?? (row?._status === 'published' ? 'published' : null)
  const label = reviewStatusLabel({ state, rejected: rejection(row?.review?.history) !== null })
  return (
    <span className="review-state-cell" data-state={state ?? 'unknown'}>
      {label}
    </span>
  )
}
