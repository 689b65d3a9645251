'use client'
/** An order's state in 我的印刷包, followed every two seconds while it is being made. */
import { useEffect, useState } from 'react'

interface State {
  status?: string | null
  done?: number | null
  total?: number | null
  error?: string | null
  bytes?: number | null
}

export function OrderProgress({ id, initial }: { id: number; initial: State }) {
  const [state, setState] = useState(initial)
  const working = state.status === 'queued' || state.status === 'running'
  useEffect(() => {
    if (!working) return
    const timer = setInterval(async () => {
      try {
        const response = await fetch(`/api/print-orders/${id}?depth=0`, { credentials: 'include' })
        if (response.ok) setState((await response.json()) as State)
      } catch {
        // Offline for a moment: the next tick asks again.
      }
    }, 2000)
    return () => clearInterval(timer)
  }, [id, working])
  if (state.status === 'done')
    return (
      <a className="btn btn--style-primary btn--size-small" href={`/api/print-orders/${id}/download`} data-download={id}>
        下载（{((state.bytes ?? 0) / 1024 / 1024).toFixed(1)} MB）
      </a>
    )
  if (state.status === 'failed') return <span className="print-desk__error">生成失败：{state.error}</span>
  const total = state.total ?? 0
  return (
    <span className="print-desk__progress" data-progress={id}>
      {state.status === 'queued' ? '排队中' : `正在生成 ${state.done ?? 0}/${total}`}
      <progress max={total || 1} value={state.done ?? 0} />
    </span>
  )
}
