/**
 * Applies a review step to a document: checks who may take it (states.ts), runs the
 * pre-publish checks when it moves toward the public, and writes the new state, the
 * history entry and — on final approval — the published version, in one update.
 */
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'
import type { ReviewedCollection } from '../../contract/collections'
import type { User } from '../../contract/payload-types'
import { recordEntry } from '../audit/record'
import { documentTitle } from '../common/documentTitle'
import { WORKFLOW_CONTEXT } from '../common/requestContext'
import { type CheckFailure, maskDocument, runChecks } from './checks'
import { type Action, decide, decisionLabel, levelLabel, type ReviewState } from './states'

export interface TransitionRequest {
  collection: ReviewedCollection
  id: number
  action: Action | 'publish-scheduled' | 'unpublish-scheduled'
  reason?: string
  /** Mask residents' phone numbers, ID numbers and door-level addresses before the checks. */
  mask?: boolean
}

export type TransitionResult =
  | { ok: true; state: ReviewState; published: boolean }
  | { ok: false; status: 400 | 403 | 404; message: string; failures?: CheckFailure[] }

interface ReviewRecord {
  state?: ReviewState | null
  author?: number | { id: number } | null
  publishAt?: string | null
  unpublishAt?: string | null
  takedown?: { requestedAt?: string | null; requestedByName?: string | null; reason?: string | null } | null
  history?: Record<string, unknown>[] | null
}

type Doc = Record<string, unknown> & { id: number; _status?: string; review?: ReviewRecord }

/** What a step does: the state it leads to, whether the live version goes up or down, and how the history names it. */
interface Step {
  next: ReviewState
  publish: boolean
  unpublish: boolean
  level: number | null
  decision: string
}

type Refusal = Extract<TransitionResult, { ok: false }>

const WRITTEN_BY_PAYLOAD = ['id', 'createdAt', 'updatedAt']

function idOf(value: ReviewRecord['author']): number | null {
  if (value == null) return null
  return typeof value === 'object' ? value.id : value
}

async function reviewLevels(payload: Payload, req: PayloadRequest): Promise<number> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, req })
  return Math.min(3, Math.max(1, settings.reviewLevels ?? 1))
}

/** The latest version (draft or not) and whether a published version is live. */
async function load(
  payload: Payload,
  collection: CollectionSlug,
  id: number,
  req: PayloadRequest,
): Promise<{ latest: Doc; live: boolean } | null> {
  const latest = (await payload
    .findByID({ collection, id, draft: true, depth: 0, overrideAccess: true, req })
    .catch(() => null)) as Doc | null
  if (!latest) return null
  const where: Where = { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] }
  const live = (await payload.count({ collection, where, overrideAccess: true, req })).totalDocs > 0
  return { latest, live }
}

/** 定时发布/下线: the system carries out what the last reviewer already approved. */
function scheduledStep(action: 'publish-scheduled' | 'unpublish-scheduled', state: ReviewState, live: boolean): Step | Refusal {
  if (action === 'publish-scheduled') {
    if (state !== 'scheduled') return { ok: false, status: 400, message: '这篇内容没有排期发布。' }
    return { next: 'published', publish: true, unpublish: false, level: null, decision: 'publish' }
  }
  if (!live) return { ok: false, status: 400, message: '这篇内容没有上线。' }
  return { next: 'unpublished', publish: false, unpublish: true, level: null, decision: 'unpublish' }
}

async function stepFor(
  payload: Payload,
  user: User | null,
  request: TransitionRequest,
  doc: { latest: Doc; live: boolean },
  req: PayloadRequest,
): Promise<Step | Refusal> {
  const review = doc.latest.review ?? {}
  const state = (review.state ?? 'draft') as ReviewState
  if (request.action === 'publish-scheduled' || request.action === 'unpublish-scheduled') {
    if (user !== null) return { ok: false, status: 403, message: '定时操作只能由系统执行。' }
    return scheduledStep(request.action, state, doc.live)
  }
  if (!user) return { ok: false, status: 403, message: '请先登录。' }
  const situation = {
    state,
    authorId: idOf(review.author),
    levels: await reviewLevels(payload, req),
    live: doc.live,
    takedownRequested: Boolean(review.takedown?.requestedAt),
  }
  const outcome = decide(request.action, user, situation, request.reason)
  if (!outcome.ok) return outcome
  const { next, publish, unpublish, level } = outcome
  // Approved for a time still to come: 定时发布 carries it out then.
  if (publish && review.publishAt && new Date(review.publishAt) > new Date())
    return { next: 'scheduled', publish: false, unpublish, level, decision: 'schedule' }
  return { next, publish, unpublish, level, decision: request.action }
}

/** The review record after the step: its state, a history entry (two when approval publishes), and the 下线申请. */
function reviewAfter(review: ReviewRecord, step: Step, user: User | null, request: TransitionRequest): ReviewRecord {
  const at = new Date().toISOString()
  const by = { by: user?.id ?? null, byName: user ? user.name : '系统定时任务' }
  const reason = request.reason?.trim() || null
  const history = [...(review.history ?? []), { at, ...by, decision: step.decision, level: step.level, reason }]
  if (step.publish && request.action === 'approve') history.push({ at, ...by, decision: 'publish', level: null, reason: null })
  let takedown = review.takedown ?? null
  if (request.action === 'request-unpublish') takedown = { requestedAt: at, requestedByName: user?.name ?? null, reason }
  if (step.unpublish || request.action === 'decline-unpublish') takedown = { requestedAt: null, requestedByName: null, reason: null }
  return { ...review, state: step.next, takedown, history }
}

/** The step in the 操作日志, beside the document's own history. */
async function recordStep(req: PayloadRequest, request: TransitionRequest, step: Step, doc: Doc): Promise<void> {
  const title = documentTitle(doc)
  const levelName = step.level ? `（${levelLabel(step.level)}）` : ''
  await recordEntry(req, {
    action: 'workflow',
    summary: `${decisionLabel(step.decision)}${levelName}：“${title}”${step.publish ? '，已发布' : ''}`,
    collection: request.collection,
    documentId: String(doc.id),
    documentTitle: title,
    reason: request.reason?.trim() || null,
  })
}

/**
 * `user` null means the system itself (the scheduler): it may only carry out what the
 * last reviewer already approved.
 */
export async function transition(
  payload: Payload,
  user: User | null,
  request: TransitionRequest,
  req: PayloadRequest,
): Promise<TransitionResult> {
  const collection = request.collection as CollectionSlug
  const doc = await load(payload, collection, request.id, req)
  if (!doc) return { ok: false, status: 404, message: '找不到这篇内容。' }
  const step = await stepFor(payload, user, request, doc, req)
  if ('ok' in step) return step

  const content: Doc = request.mask && request.action === 'submit' ? maskDocument(doc.latest) : doc.latest
  if (request.action === 'submit' || step.publish || step.next === 'scheduled') {
    const failures = await runChecks(payload, collection, content)
    if (failures.length > 0) {
      return { ok: false, status: 400, message: `有 ${failures.length} 处问题需要修改后才能${step.publish ? '发布' : '继续'}：`, failures }
    }
  }
  const data: Record<string, unknown> = Object.fromEntries(Object.entries(content).filter(([key]) => !WRITTEN_BY_PAYLOAD.includes(key)))
  data.review = reviewAfter(doc.latest.review ?? {}, step, user, request)
  const write = { collection, id: request.id, overrideAccess: true, context: { [WORKFLOW_CONTEXT]: true }, req }
  // Publishing and taking down write the live document; every other step writes a draft version.
  if (step.unpublish) await payload.update({ ...write, data: { ...data, _status: 'draft' } })
  else if (step.publish) await payload.update({ ...write, data: { ...data, _status: 'published' } })
  else await payload.update({ ...write, data: { ...data, _status: 'draft' }, draft: true })
  await recordStep(req, request, step, doc.latest)
  return { ok: true, state: step.next, published: step.publish }
}
