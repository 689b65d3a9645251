'use client'
/**
 * The review controls in the document sidebar: 提交审核 and 申请下线 for editors, 通过 / 退回
 * for the reviewer of the current level, 下线 (and answering a 下线申请) for administrators
 * and the last level's reviewers. The server decides; this only asks.
 */
import { Button, toast, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { type CSSProperties, useEffect, useState } from 'react'

import { decisionLabel, levelLabel } from '../workflow/states'
import { LiveStatus } from './LiveStatus'

interface Failure {
  path: string
  message: string
}

interface HistoryEntry {
  at?: string | null
  byName?: string | null
  decision?: string | null
  level?: number | null
  reason?: string | null
}

const DONE: Record<string, string> = {
  submit: '已提交审核',
  approve: '已通过',
  reject: '已退回',
  unpublish: '已下线',
  'request-unpublish': '已提交下线申请，等待终审处理',
  'decline-unpublish': '已驳回下线申请',
}

interface Takedown {
  requestedAt?: string | null
  requestedByName?: string | null
  reason?: string | null
}

interface Loaded {
  history: HistoryEntry[]
  takedown: Takedown | null
  live: boolean
  levels: number
}

async function getJson<T>(url: string): Promise<T | null> {
  const response = await fetch(url, { credentials: 'include' }).catch(() => null)
  return response?.ok ? ((await response.json()) as T) : null
}

/** The review history, a pending 下线申请, whether the document is live, and how many levels review has. */
async function loadReview(collectionSlug: string, id: string | number): Promise<Loaded> {
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

function when(iso?: string | null): string {
  if (!iso) return ''
  const d = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

interface Reviewer {
  id: number
  role?: string
  reviewLevel?: number | null
}

const box: CSSProperties = { display: 'grid', gap: '0.5rem', marginBottom: '1.5rem' }

export function ReviewPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth<Reviewer>()
  const state = useFormFields(([fields]) => fields['review.state']?.value as string | undefined) ?? 'draft'
  const [reason, setReason] = useState('')
  const [mask, setMask] = useState(false)
  const [failures, setFailures] = useState<Failure[]>([])
  const [busy, setBusy] = useState(false)
  const [loaded, setLoaded] = useState<Loaded>({ history: [], takedown: null, live: false, levels: 2 })
  const { history, takedown, live } = loaded

  useEffect(() => {
    if (!id || !collectionSlug) return
    void loadReview(collectionSlug, id).then(setLoaded)
  }, [id, collectionSlug])

  if (!id || !collectionSlug || !user) return <p style={{ marginBottom: '1.5rem' }}>保存草稿后即可提交审核。</p>

  const pending = /^pending-(\d)$/.exec(state)
  const level = pending ? Number(pending[1]) : null
  const canSubmit = (user.role === 'editor' || user.role === 'admin') && ['draft', 'published', 'unpublished'].includes(state)
  const canReview = level !== null && user.role === 'reviewer' && user.reviewLevel === level
  const canTakeDown = live && (user.role === 'admin' || (user.role === 'reviewer' && user.reviewLevel === loaded.levels))
  const canRequestTakedown = live && !takedown && (user.role === 'editor' || user.role === 'admin')

  async function act(action: string) {
    setBusy(true)
    setFailures([])
    try {
      const response = await fetch(`/api/${collectionSlug}/${id}/workflow`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action, reason, mask }),
      })
      const body = (await response.json()) as { message?: string; failures?: Failure[] }
      if (!response.ok) {
        toast.error(body.message ?? '操作失败')
        setFailures(body.failures ?? [])
        return
      }
      toast.success(DONE[action] ?? '完成')
      setReason('')
      // The form holds the state it loaded with: reload to show the new state and history.
      window.location.reload()
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <LiveStatus collectionSlug={collectionSlug} id={id} />
      <div style={box} className="review-panel">
        <strong>审核操作</strong>
        {canSubmit && (
          <>
            <label style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
              <input type="checkbox" checked={mask} onChange={(event) => setMask(event.target.checked)} />
              提交时给手机号、身份证号、门牌号打码
            </label>
            <Button buttonStyle="primary" disabled={busy} onClick={() => act('submit')} id="review-submit">
              提交审核
            </Button>
          </>
        )}
        {canReview && (
          <>
            <label htmlFor="review-reason">退回理由（退回时必填）</label>
            <textarea id="review-reason" rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />
            <Button buttonStyle="primary" disabled={busy} onClick={() => act('approve')} id="review-approve">
              通过（{levelLabel(level ?? 1)}）
            </Button>
            <Button buttonStyle="secondary" disabled={busy} onClick={() => act('reject')} id="review-reject">
              退回
            </Button>
          </>
        )}
        {takedown && (
          <p className="review-takedown">
            {takedown.requestedByName ?? '编辑'} {when(takedown.requestedAt)} 申请下线：{takedown.reason}
          </p>
        )}
        {(canRequestTakedown || (canTakeDown && takedown)) && (
          <>
            <label htmlFor="takedown-reason">{canTakeDown && takedown ? '驳回理由（驳回时必填）' : '申请下线的理由（必填）'}</label>
            <textarea id="takedown-reason" rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />
          </>
        )}
        {canRequestTakedown && !canTakeDown && (
          <Button buttonStyle="secondary" disabled={busy} onClick={() => act('request-unpublish')} id="review-request-unpublish">
            申请下线
          </Button>
        )}
        {canTakeDown && (
          <Button buttonStyle="secondary" disabled={busy} onClick={() => act('unpublish')} id="review-unpublish">
            下线
          </Button>
        )}
        {canTakeDown && takedown && (
          <Button buttonStyle="secondary" disabled={busy} onClick={() => act('decline-unpublish')} id="review-decline-unpublish">
            驳回下线申请
          </Button>
        )}
        {!canSubmit && !canReview && level !== null && <p>等待{levelLabel(level)}审核人处理。</p>}
        {history.length > 0 && (
          <ol className="review-history" style={{ paddingLeft: '1.2em', margin: 0, fontSize: '0.9em' }}>
            {history.map((entry) => (
              <li key={`${entry.at}-${entry.decision}`}>
                {when(entry.at)} {entry.byName ?? ''} {decisionLabel(entry.decision ?? '')}
                {entry.level ? `（${levelLabel(entry.level)}）` : ''}
                {entry.reason ? `：${entry.reason}` : ''}
              </li>
            ))}
          </ol>
        )}
        {failures.length > 0 && (
          <ul className="review-failures" style={{ color: 'var(--theme-error-500)', paddingLeft: '1.2em', margin: 0 }}>
            {failures.map((failure) => (
              <li key={`${failure.path}:${failure.message}`}>{failure.message}</li>
            ))}
          </ul>
        )}
      </div>
    </>
  )
}
