'use client'
/** What the 处理 panel reads (GET /api/service-orders/:id/desk) and how it sends a step. */
import { toast } from '@payloadcms/ui'
import { useEffect } from 'react'

export interface DeskStep {
  id: string
  action: string
  at: string
  by: string
  actor: string | null
  team: string | null
  reason: string | null
}

export interface Desk {
  reference: string
  state: string
  stateLabel: string
  place: string
  team: { id: number; name: string } | null
  dueOn: string | null
  steps: DeskStep[]
  actions: string[]
  teams: { id: number; name: string }[]
  report: { filedAt: string; photos: number; article: number | null } | null
  rating: { score: number; comment: string; state: string; pending: boolean } | null
  canReviewRating: boolean
}

const DONE_KEY = 'xhl-order-desk-done'

/** Says what the step before the reload did, once the page is back. */
export function useDoneMessage(): void {
  useEffect(() => {
    const message = sessionStorage.getItem(DONE_KEY)
    if (!message) return
    sessionStorage.removeItem(DONE_KEY)
    toast.success(message, { duration: 8000 })
  }, [])
}

/**
 * Sends a step; on success reloads the page (the form holds the document as it loaded) and
 * says `done` once it is back. Answers the endpoint's own Chinese message on failure.
 */
export async function send(url: string, init: RequestInit, done: string): Promise<string | null> {
  const response = await fetch(url, { credentials: 'include', ...init }).catch(() => null)
  if (!response) return '网络连接中断，请稍后再试。'
  const body = await response.json().catch(() => null)
  if (!response.ok) return body?.errors?.[0]?.message ?? '操作没有成功，请刷新后再试。'
  sessionStorage.setItem(DONE_KEY, done)
  window.location.reload()
  return null
}

export const postJson = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
})

export const muted = { color: 'var(--theme-elevation-600)', fontSize: '0.85em' }
export const wide = { width: '100%', boxSizing: 'border-box' as const, maxWidth: '100%' }
