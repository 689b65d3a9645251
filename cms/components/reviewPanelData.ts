/**
 * What the review panel reads and decides, without React: the review record as the API
 * returns it, who may do what, and the one request that asks the server to act.
 */

import { shortDateTime } from '../../contract/time'

export interface Failure {
  path: string
  message: string
}

export interface HistoryEntry {
  at?: string | null
  byName?: string | null
  decision?: string | null
  level?: number | null
  reason?: string | null
}

export interface Takedown {
  requestedAt?: string | null
  requestedByName?: string | null
  reason?: string | null
}

export interface Loaded {
  history: HistoryEntry[]
  takedown: Takedown | null
  live: boolean
  levels: number
}

export interface Reviewer {
  id: number
  role?: string
  reviewLevel?: number | null
}

/** Until the record has loaded: nothing pending, not live, two levels. */
export const NOTHING_LOADED: Loaded = { history: [], takedown: null, live: false, levels: 2 }

async function getJson<T>(url: string): Promise<T | null> {
  const response = await fetch(url, { credentials: 'include' }).catch(() => null)
  return response?.ok ? ((await response.json()) as T) : null
}

/** The review history, a pending 下线申请, whether the document is live, and how many levels review has. */
export async function loadReview(collectionSlug: string, id: string | number): Promise<Loaded> {
  const [draft, live, settings] = await Promise.all([
    getJson<{ review?: { history?: HistoryEntry[]; takedown?: Takedown } }>(`/api/${collectionSlug}/${id}?draft=true&depth=0`),
    getJson<{ _status?: string }>(`/api/${collectionSlug}/${id}?depth=0&select[_status]=true`),
    getJson<{ reviewLevels?: number }>('/api/globals/site-settings?depth=0'),
  ])
  const takedown = draft?.review?.takedown
  return {
    history: draft?.review?.history ?? [],
    takedown: takedown?.requestedAt ? takedown : null,
    live: live?._status === 'published',
    levels: settings?.reviewLevels ?? 2,
  }
}

/** Asks the server to take a workflow step; the reply says what failed, if anything did. */
export async function postWorkflowAction(
  collectionSlug: string | undefined,
  id: string | number | undefined,
  request: { action: string; reason: string; mask: boolean },
): Promise<{ ok: boolean; body: { message?: string; failures?: Failure[]; state?: string } }> {
  const response = await fetch(`/api/${collectionSlug}/${id}/workflow`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  })
  const body = (await response.json()) as { message?: string; failures?: Failure[]; state?: string }
  return { ok: response.ok, body }
}

/** A time as the panel shows it: 2026-05-01 09:30, Beijing time. */
export const when = (iso?: string | null): string => (iso ? shortDateTime(iso) : '')

export interface Permissions {
  /** The review level the document waits at, or null when it waits for none. */
  level: number | null
  canSubmit: boolean
  canReview: boolean
  canTakeDown: boolean
  canRequestTakedown: boolean
}

/** Which controls this user sees for a document in this review state (the server still decides). */
export function reviewPermissions(user: Reviewer, state: string, loaded: Loaded): Permissions {
  const { takedown, live } = loaded
  const pending = /^pending-(\d)$/.exec(state)
  const level = pending ? Number(pending[1]) : null
  return {
    level,
    canSubmit: (user.role === 'editor' || user.role === 'admin') && ['draft', 'published', 'unpublished'].includes(state),
    canReview: level !== null && user.role === 'reviewer' && user.reviewLevel === level,
    canTakeDown: live && (user.role === 'admin' || (user.role === 'reviewer' && user.reviewLevel === loaded.levels)),
    canRequestTakedown: live && !takedown && (user.role === 'editor' || user.role === 'admin'),
  }
}
