/**
 * Applies a review step to a document: checks who may take it (states.ts), runs the
 * pre-publish checks when it moves toward the public, and writes the new state, the
 * history entry and — on final approval — the published version, in one update.
 */
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { User } from '../payload-types'
import { type CheckFailure, maskDocument, runChecks } from './checks'
import { WORKFLOW_CONTEXT } from './protectReview'
import { type Action, decide, type ReviewState } from './states'

export const REVIEWED_COLLECTIONS = ['figures', 'streets', 'places', 'regulations', 'articles', 'handbooks'] as const
export type ReviewedCollection = (typeof REVIEWED_COLLECTIONS)[number]

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
  history?: Record<string, unknown>[] | null
}

type Doc = Record<string, unknown> & { id: number; _status?: string; review?: ReviewRecord }

const WRITTEN_BY_PAYLOAD = ['id', 'createdAt', 'updatedAt']

function idOf(value: ReviewRecord['author']): number | null {
  if (value == null) return null
  return typeof value === 'object' ? value.id : value
}

async function reviewLevels(payload: Payload, req: PayloadRequest): Promise<number> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, req })
  return Math.min(3, Math.max(1, settings.reviewLevels ?? 1))
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
  const { collection, id, action } = request
  const latest = (await payload
    .findByID({ collection: collection as CollectionSlug, id, draft: true, depth: 0, overrideAccess: true, req })
    .catch(() => null)) as Doc | null
  if (!latest) return { ok: false, status: 404, message: '找不到这篇内容。' }
  const live =
    (
      await payload.count({
        collection: collection as CollectionSlug,
        where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
        overrideAccess: true,
        req,
      })
    ).totalDocs > 0
  const review: ReviewRecord = latest.review ?? {}
  const state = (review.state ?? 'draft') as ReviewState
  const now = new Date()

  let next: ReviewState
  let publish = false
  let unpublish = false
  let level: number | null = null
  let decision: string = action
  if (action === 'publish-scheduled' || action === 'unpublish-scheduled') {
    if (user !== null) return { ok: false, status: 403, message: '定时操作只能由系统执行。' }
    if (action === 'publish-scheduled') {
      if (state !== 'scheduled') return { ok: false, status: 400, message: '这篇内容没有排期发布。' }
      next = 'published'
      publish = true
      decision = 'publish'
    } else {
      if (!live) return { ok: false, status: 400, message: '这篇内容没有上线。' }
      next = 'unpublished'
      unpublish = true
      decision = 'unpublish'
    }
  } else {
    if (!user) return { ok: false, status: 403, message: '请先登录。' }
    const outcome = decide(
      action,
      user,
      { state, authorId: idOf(review.author), levels: await reviewLevels(payload, req), live },
      request.reason,
    )
    if (!outcome.ok) return outcome
    next = outcome.next
    publish = outcome.publish
    unpublish = outcome.unpublish
    level = outcome.level
    if (publish && review.publishAt && new Date(review.publishAt) > now) {
      next = 'scheduled'
      publish = false
    }
  }

  let content: Doc = latest
  if (request.mask && action === 'submit') content = maskDocument(latest)
  if (action === 'submit' || publish || (action === 'approve' && next === 'scheduled')) {
    const failures = await runChecks(payload, collection as CollectionSlug, content)
    if (failures.length > 0) {
      return { ok: false, status: 400, message: `有 ${failures.length} 处问题需要修改后才能${publish ? '发布' : '继续'}：`, failures }
    }
  }

  const by = { by: user?.id ?? null, byName: user ? user.name : '系统定时任务' }
  const entry = {
    at: now.toISOString(),
    ...by,
    decision: next === 'scheduled' ? 'schedule' : decision,
    level,
    reason: request.reason?.trim() || null,
  }
  const history = [...(review.history ?? []), entry]
  if (publish && action === 'approve') history.push({ at: now.toISOString(), ...by, decision: 'publish', level: null, reason: null })
  const data: Record<string, unknown> = Object.fromEntries(Object.entries(content).filter(([key]) => !WRITTEN_BY_PAYLOAD.includes(key)))
  data.review = { ...review, state: next, history }

  const context = { [WORKFLOW_CONTEXT]: true }
  if (unpublish) {
    // The live version comes down; the document's latest text is kept as a draft.
    await payload.update({
      collection: collection as CollectionSlug,
      id,
      data: { ...data, _status: 'draft' },
      overrideAccess: true,
      context,
      req,
    })
    return { ok: true, state: next, published: false }
  }
  if (publish) {
    await payload.update({
      collection: collection as CollectionSlug,
      id,
      data: { ...data, _status: 'published' },
      overrideAccess: true,
      context,
      req,
    })
    return { ok: true, state: next, published: true }
  }
  await payload.update({
    collection: collection as CollectionSlug,
    id,
    data: { ...data, _status: 'draft' },
    draft: true,
    overrideAccess: true,
    context,
    req,
  })
  return { ok: true, state: next, published: false }
}
