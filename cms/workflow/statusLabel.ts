/**
 * One name for where a document stands, the same in the document header, the lists, the
 * sidebar and the dashboards: 草稿, 被退回, 审核中·待复审, 已通过·定时发布, 已发布, 已下线.
 * Payload's own 草稿/已发布 says only whether a published version exists, which made work
 * waiting for review look like an unsubmitted draft.
 */
import { levelLabel, pendingLevel, type ReviewState } from './states'

export interface StatusFacts {
  /** null when the viewer cannot read the review record. */
  state: ReviewState | string | null | undefined
  /** The last step in the history was 退回. */
  rejected?: boolean
}

export function reviewStatusLabel({ state, rejected }: StatusFacts): string {
  // No review record readable (a community worker's view): only whether it is out.
  if (state == null) return '未发布'
  const level = pendingLevel((state ?? 'draft') as ReviewState)
  if (level !== null) return `审核中·待${levelLabel(level)}`
  switch (state) {
    case 'scheduled':
      return '已通过·定时发布'
    case 'published':
      return '已发布'
    case 'unpublished':
      return '已下线'
    default:
      return rejected ? '被退回' : '草稿'
  }
}

interface HistoryStep {
  decision?: string | null
  reason?: string | null
}

/** The 退回 reason when the last step was a 退回, else null. */
export function rejection(history: HistoryStep[] | null | undefined): string | null {
  const last = history?.at(-1)
  return last?.decision === 'reject' ? (last.reason ?? '') : null
}
