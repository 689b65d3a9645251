'use client'
import { toast } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { reviewStatusLabel } from '../workflow/statusLabel'
import { type Failure, type Loaded, loadReview, NOTHING_LOADED, postWorkflowAction } from './reviewPanelData'

const DONE: Record<string, string> = {
  submit: '已提交审核',
  approve: '已通过',
  reject: '已退回',
  unpublish: '已下线',
  'request-unpublish': '已提交下线申请，等待终审处理',
  'decline-unpublish': '已驳回下线申请',
}

/** The document's review record, loaded once it has an id. */
export function useLoadedReview(collectionSlug: string | undefined, id: string | number | undefined): Loaded {
  const [loaded, setLoaded] = useState<Loaded>(NOTHING_LOADED)
  useEffect(() => {
    if (!id || !collectionSlug) return
    void loadReview(collectionSlug, id).then(setLoaded)
  }, [id, collectionSlug])
  return loaded
}

export interface ReviewAction {
  /** The reason typed for 退回, 申请下线 or 驳回. */
  reason: string
  setReason(reason: string): void
  /** Whether to mask phone, ID and house numbers on submit. */
  mask: boolean
  setMask(mask: boolean): void
  /** What the server said stands in the way of the last step asked for. */
  failures: Failure[]
  busy: boolean
  /** Asks the server to take a step; on success reloads the page to show the new state. */
  act(action: string): Promise<void>
}

const DONE_KEY = 'xhl-review-done'

/** The success message of the step taken just before the page reloaded. */
function useDoneMessage() {
  useEffect(() => {
    const message = sessionStorage.getItem(DONE_KEY)
    if (!message) return
    sessionStorage.removeItem(DONE_KEY)
    toast.success(message, { duration: 8000 })
  }, [])
}

export function useReviewAction(collectionSlug: string | undefined, id: string | number | undefined): ReviewAction {
  useDoneMessage()
  const [reason, setReason] = useState('')
  const [mask, setMask] = useState(false)
  const [failures, setFailures] = useState<Failure[]>([])
  const [busy, setBusy] = useState(false)

  async function act(action: string) {
    setBusy(true)
    setFailures([])
    try {
      const { ok, body } = await postWorkflowAction(collectionSlug, id, { action, reason, mask })
      if (!ok) {
        toast.error(body.message ?? '操作失败')
        setFailures(body.failures ?? [])
        return
      }
      setReason('')
      // The form holds the state it loaded with: reload to show the new state and history,
      // and say what was done once the page is back.
      const now = body.state ? `，现在是「${reviewStatusLabel({ state: body.state, rejected: action === 'reject' })}」` : ''
      sessionStorage.setItem(DONE_KEY, `${DONE[action] ?? '完成'}${now}。`)
      window.location.reload()
    } finally {
      setBusy(false)
    }
  }

  return { reason, setReason, mask, setMask, failures, busy, act }
}
