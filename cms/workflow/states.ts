/**
 * 先审后发: the review states a document moves through, and the rules for moving. Pure
 * functions, no database: the transition code applies what these decide.
 */
export const REVIEW_LEVEL_LABELS = ['初审', '复审', '终审'] as const

export const REVIEW_STATES = [
  { value: 'draft', label: '草稿' },
  { value: 'pending-1', label: '审核中·待初审' },
  { value: 'pending-2', label: '审核中·待复审' },
  { value: 'pending-3', label: '审核中·待终审' },
  { value: 'scheduled', label: '已通过·定时发布' },
  { value: 'published', label: '已发布' },
  { value: 'unpublished', label: '已下线' },
] as const

export type ReviewState = (typeof REVIEW_STATES)[number]['value']

/** Every step the history records, with its name in the 审核记录. */
export const HISTORY_DECISIONS = [
  { value: 'submit', label: '提交审核' },
  { value: 'approve', label: '通过' },
  { value: 'reject', label: '退回' },
  { value: 'publish', label: '发布' },
  { value: 'schedule', label: '定时发布' },
  { value: 'unpublish', label: '下线' },
  { value: 'edit', label: '修改后回到草稿' },
  { value: 'restore', label: '恢复旧版本为草稿' },
  { value: 'request-unpublish', label: '申请下线' },
  { value: 'decline-unpublish', label: '驳回下线申请' },
  { value: 'set-published-at', label: '修改发布时间' },
]

/** The name a step has in the history and the 操作日志. */
export const decisionLabel = (decision: string) => HISTORY_DECISIONS.find((entry) => entry.value === decision)?.label ?? decision

export const ACTIONS = ['submit', 'approve', 'reject', 'unpublish', 'request-unpublish', 'decline-unpublish'] as const
export type Action = (typeof ACTIONS)[number]

export interface Actor {
  id: number
  role: 'admin' | 'editor' | 'reviewer' | 'community' | 'station' | 'teamLeader'
  reviewLevel?: number | null
}

export interface Situation {
  state: ReviewState
  /** Who wrote the document; never its reviewer. */
  authorId: number | null
  /** Review levels the site requires (1–3). */
  levels: number
  /** Whether the published version of the document is live now. */
  live: boolean
  /** Whether an editor has asked for the live version to come down (申请下线). */
  takedownRequested?: boolean
}

export type Outcome =
  | { ok: true; next: ReviewState; level: number | null; publish: boolean; unpublish: boolean }
  | { ok: false; status: 400 | 403; message: string }

const refuse = (status: 400 | 403, message: string): Outcome => ({ ok: false, status, message })
/** A reason of spaces or invisible characters (zero-width, full-width spaces) is no reason. */
const isBlank = (reason?: string) => !reason?.replace(/[\s\p{Cf}]/gu, '')
/** Allowed, and the document's review state stays as it is. */
const stay = (situation: Situation): Outcome => ({ ok: true, next: situation.state, level: null, publish: false, unpublish: false })

export function pendingLevel(state: ReviewState): number | null {
  const match = /^pending-(\d)$/.exec(state)
  return match ? Number(match[1]) : null
}

export const levelLabel = (level: number) => REVIEW_LEVEL_LABELS[level - 1] ?? `第${level}级审核`

/** What `action` by `actor` does to a document in `situation`, or why it is refused. */
export function decide(action: Action, actor: Actor, situation: Situation, reason?: string): Outcome {
  const level = pendingLevel(situation.state)
  switch (action) {
    case 'submit': {
      if (actor.role !== 'admin' && actor.role !== 'editor') return refuse(403, '只有编辑可以提交审核。')
      if (situation.state !== 'draft' && situation.state !== 'published' && situation.state !== 'unpublished') {
        return refuse(400, '这篇内容已经在审核流程中，不能重复提交。')
      }
      return { ok: true, next: 'pending-1', level: null, publish: false, unpublish: false }
    }
    case 'approve':
    case 'reject': {
      if (level === null) return refuse(400, '这篇内容不在待审核状态。')
      if (actor.role !== 'reviewer' || actor.reviewLevel !== level) {
        return refuse(403, `只有${levelLabel(level)}审核人可以${action === 'approve' ? '通过' : '退回'}这篇内容。`)
      }
      if (situation.authorId === actor.id) return refuse(403, '不能审核自己撰写的内容。')
      if (action === 'reject') {
        if (isBlank(reason)) return refuse(400, '退回时必须填写退回理由。')
        return { ok: true, next: 'draft', level, publish: false, unpublish: false }
      }
      if (level < situation.levels)
        return { ok: true, next: `pending-${level + 1}` as ReviewState, level, publish: false, unpublish: false }
      return { ok: true, next: 'published', level, publish: true, unpublish: false }
    }
    case 'unpublish': {
      if (!mayTakeDown(actor, situation)) return refuse(403, `只有管理员或${levelLabel(situation.levels)}审核人可以下线内容。`)
      if (!situation.live) return refuse(400, '这篇内容没有上线，无需下线。')
      return { ok: true, next: 'unpublished', level: null, publish: false, unpublish: true }
    }
    case 'request-unpublish': {
      if (actor.role !== 'admin' && actor.role !== 'editor') return refuse(403, '只有编辑可以申请下线。')
      if (!situation.live) return refuse(400, '这篇内容没有上线，无需申请下线。')
      if (situation.takedownRequested) return refuse(400, '已经申请过下线，正在等待处理。')
      if (isBlank(reason)) return refuse(400, '申请下线时必须填写理由。')
      return stay(situation)
    }
    case 'decline-unpublish': {
      if (!mayTakeDown(actor, situation)) return refuse(403, `只有管理员或${levelLabel(situation.levels)}审核人可以处理下线申请。`)
      if (!situation.takedownRequested) return refuse(400, '这篇内容没有待处理的下线申请。')
      if (isBlank(reason)) return refuse(400, '驳回下线申请时必须填写理由。')
      return stay(situation)
    }
  }
}

/** Administrators and the last level's reviewers take live documents down (and answer requests to). */
function mayTakeDown(actor: Actor, situation: Situation): boolean {
  return actor.role === 'admin' || (actor.role === 'reviewer' && actor.reviewLevel === situation.levels)
}
