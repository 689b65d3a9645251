'use client'
/** 清理 on 未使用的图片: asks once, clears on the server, says what was cleared. */
import { Button, toast } from '@payloadcms/ui'
import { useState } from 'react'

export function ClearOrphansButton({ count }: { count: number }) {
  const [busy, setBusy] = useState(false)
  async function clear() {
    if (!window.confirm(`确定删除这 ${count} 张未使用的图片吗？删除后不能恢复。`)) return
    setBusy(true)
    const response = await fetch('/api/media/orphans/clear', { method: 'POST', credentials: 'include' }).catch(() => null)
    const body = (await response?.json().catch(() => null)) as { message?: string } | null
    setBusy(false)
    if (!response?.ok) {
      toast.error(body?.message ?? '清理失败，请稍后再试。')
      return
    }
    toast.success(body?.message ?? '已清理。')
    window.location.reload()
  }
  return (
    <Button buttonStyle="secondary" onClick={clear} disabled={busy} id="clear-orphans">
      {busy ? '正在清理……' : `清理这 ${count} 张图片`}
    </Button>
  )
}
