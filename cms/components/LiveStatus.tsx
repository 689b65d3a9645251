'use client'
/**
 * 网站状态 in the document sidebar: whether the published version is on the public site yet
 * — 已发布（等待上线）, 上线中, 已上线 with the time, or 上线失败 with the reason. Asks the
 * server every two seconds until the state is final, so the editor never has to guess.
 */
import { useAuth } from '@payloadcms/ui'
import { type CSSProperties, useEffect, useState } from 'react'
import type { User } from '../../contract/payload-types'
import { shortDateTime } from '../../contract/time'

interface Status {
  state: 'unpublished' | 'published' | 'building' | 'live' | 'failed' | 'down'
  label: string
  at: string | null
  reason: string | null
}

const COLORS: Record<Status['state'], string> = {
  unpublished: 'var(--theme-elevation-500)',
  published: 'var(--theme-warning-600, #b26b00)',
  building: 'var(--theme-warning-600, #b26b00)',
  live: 'var(--theme-success-600, #1a7f37)',
  down: 'var(--theme-elevation-600)',
  failed: 'var(--theme-error-500)',
}

const when = (iso: string | null): string => (iso ? shortDateTime(iso, { seconds: true }) : '')

const box: CSSProperties = { display: 'grid', gap: '0.25rem', marginBottom: '1.5rem' }

export function LiveStatus({ collectionSlug, id }: { collectionSlug: string; id: number | string }) {
  const { user } = useAuth<User>()
  // 上线记录 are for the office's staff; a community worker is not asked (it would be refused).
  return user && user.role !== 'community' ? <LiveStatusBox collectionSlug={collectionSlug} id={id} /> : null
}

function LiveStatusBox({ collectionSlug, id }: { collectionSlug: string; id: number | string }) {
  const [status, setStatus] = useState<Status | null>(null)

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let stopped = false
    const poll = async () => {
      const response = await fetch(`/api/site-builds/status?collection=${collectionSlug}&id=${id}`, { credentials: 'include' }).catch(
        () => null,
      )
      const next = response?.ok ? ((await response.json()) as Status) : null
      if (stopped) return
      setStatus(next)
      // A refusal (signed out, no access) is not asked again; a network or server error is.
      if (response && response.status >= 400 && response.status < 500) return
      if (!next || next.state === 'published' || next.state === 'building') timer = setTimeout(poll, 2000)
    }
    void poll()
    return () => {
      stopped = true
      if (timer) clearTimeout(timer)
    }
  }, [collectionSlug, id])

  if (!status || status.state === 'unpublished') return null
  return (
    <div style={box} className="live-status" data-state={status.state}>
      <strong>网站状态</strong>
      <span style={{ color: COLORS[status.state], fontWeight: 600 }}>
        {status.label}
        {status.at && (status.state === 'live' || status.state === 'down') ? `（${when(status.at)}）` : ''}
      </span>
      {status.reason && <span className="live-status-reason">{status.reason}</span>}
      <a href="/admin/collections/site-builds">查看上线记录</a>
    </div>
  )
}
