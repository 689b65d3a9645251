'use client'
/** 解锁 on the 登录锁定 page: an account through Payload's unlock, an address through unblock-address. */
import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

export function UnlockButton({ kind, who }: { kind: 'account' | 'address'; who: string }) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  async function unlock() {
    setBusy(true)
    const [path, body] = kind === 'account' ? ['/api/users/unlock', { email: who }] : ['/api/users/unblock-address', { address: who }]
    const response = await fetch(path, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    setBusy(false)
    if (response.ok) {
      toast.success(`已解锁 ${who}`)
      router.refresh()
    } else toast.error('解锁失败，请稍后再试。')
  }
  return (
    <Button buttonStyle="secondary" size="small" disabled={busy} onClick={unlock}>
      解锁
    </Button>
  )
}
