/**
 * 评选 (selections of model citizens): what the admin, the site and its ballot island
 * agree on. Public "为TA点赞" counters would be 跟帖评论 needing real names, so there is no
 * anonymous like-counter: an editor opens a 评选, community workers hand out one-time
 * invitation codes (邀请码) per household on printed slips, each code casts one ballot,
 * and the counting rules are published with the result.
 */
export const ELECTION_LIMITS = {
  title: 60,
  intro: 600,
  rules: 1000,
  candidatesMin: 2,
  candidatesMax: 30,
  /** Codes made in one batch (one PDF of slips). */
  codesPerBatch: 500,
  building: 40,
} as const

/** 邀请码: 10 Crockford base-32 characters (50 random bits), printed as `7K3M9-Q2FXH` (read by normalizeVoteCode). */
export const VOTE_CODE_LENGTH = 10
export const formatVoteCode = (plain: string) => `${plain.slice(0, 5)}-${plain.slice(5)}`

/** The counting rules an editor starts from (计票规则), published with the result. */
export const DEFAULT_RULES =
  '每个邀请码只能投一次票，每票最多选择规定人数的候选人，同一张票不能重复选择同一人；投票截止后统一计票，按得票数从多到少排列；得票相同的，名次并列。'

/** A 评选's page on the site; a slip's QR code adds `?code=`. */
export const electionPath = (slug: string) => `/elections/${slug}/`

export type ElectionState = 'notYet' | 'open' | 'closed'
export function electionState(election: { opensAt: string; closesAt: string }, now = new Date()): ElectionState {
  if (now < new Date(election.opensAt)) return 'notYet'
  return now < new Date(election.closesAt) ? 'open' : 'closed'
}

export const ELECTION_STATE_MESSAGES: Record<Exclude<ElectionState, 'open'>, string> = {
  notYet: '评选投票还没有开始，请在开始时间之后再来投票。',
  closed: '评选投票已经结束，感谢您的关注。',
}

/** What a resident is told when a code cannot vote. */
export const VOTE_REFUSALS = {
  wrongCode: '邀请码不正确，请核对纸条上的 10 位邀请码后重新输入（字母不分大小写）。',
  usedCode: '这个邀请码已经用过了：每个邀请码只能投一次票。',
  otherElection: '这个邀请码不是本次评选的，请核对纸条上的评选名称。',
} as const

/** The problem with a ballot's choices, or null when they read: among the candidates, none twice, 1 to `most`. */
export function choicesProblem(choices: readonly number[], candidates: readonly number[], most: number): string | null {
  if (choices.length === 0) return '请至少选择一位候选人。'
  if (new Set(choices).size !== choices.length) return '同一位候选人只能选一次。'
  if (choices.some((id) => !candidates.includes(id))) return '所选的人不是本次评选的候选人，请刷新页面后重新选择。'
  if (choices.length > most) return `最多只能选择 ${most} 位候选人。`
  return null
}

/** One candidate's place in a result. */
export interface RankedCandidate {
  figure: number
  name: string
  votes: number
  /** 名次: equal votes share a place (1, 2, 2, 4). */
  rank: number
}

export interface ElectionResult {
  ballots: number
  codesIssued: number
  codesUsed: number
  ranking: RankedCandidate[]
}

/** Places by votes, most first; equal votes share a place and the next place is skipped. */
export function rank(counts: readonly Omit<RankedCandidate, 'rank'>[]): RankedCandidate[] {
  const sorted = [...counts].sort((a, b) => b.votes - a.votes || a.name.localeCompare(b.name, 'zh-CN'))
  return sorted.map((item, index) => ({
    ...item,
    rank: sorted.findIndex((other) => other.votes === item.votes) + 1 || index + 1,
  }))
}

/** What GET /api/participation/elections/:slug answers: the state now and, when published, the result. */
export interface ElectionStatus {
  state: ElectionState
  opensAt: string
  closesAt: string
  message: string | null
  /** Only after the close, and only when an editor chose to publish it. */
  result: (ElectionResult & { rules: string }) | null
}

/** What the print studio needs for a batch's slips (POST /slips on the preview service). */
export interface VoteSlips {
  title: string
  /** The ballot page's absolute address; each slip's QR code adds `?code=`. */
  url: string
  building: string
  /** As printed: `7K3M9-Q2FXH`. */
  codes: string[]
}

export function readSlips(value: unknown): VoteSlips | null {
  const slips = value as Partial<VoteSlips> | null
  if (!slips || typeof slips.title !== 'string' || typeof slips.url !== 'string' || !/^https?:\/\//.test(slips.url)) return null
  if (!Array.isArray(slips.codes) || slips.codes.length === 0 || slips.codes.length > ELECTION_LIMITS.codesPerBatch) return null
  if (!slips.codes.every((code) => typeof code === 'string' && /^[0-9A-Z]{5}-[0-9A-Z]{5}$/.test(code))) return null
  return { title: slips.title.slice(0, ELECTION_LIMITS.title), url: slips.url, building: String(slips.building ?? ''), codes: slips.codes }
}
