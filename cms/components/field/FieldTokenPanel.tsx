'use client'
/**
 * Above the 代填授权 list: 领取代填二维码 makes a token for the signed-in worker's phone and
 * shows its QR code and link once (the server keeps only a hash); the live tokens are
 * listed with 停用, which asks on the page first. A lost phone: 停用 at once.
 */
import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useState } from 'react'

import { longDateTime } from '../../../contract/time'
import { fieldInput, muted, post, useAreaChoice } from './AreaChoice'

interface Issued {
  id: number
  url: string
  qr: string
  expiresAt: string
}
interface LiveToken {
  id: number
  label: string
  expiresAt: string
}

const DAYS = [1, 3, 7, 14, 30]

function useLiveTokens() {
  const [tokens, setTokens] = useState<LiveToken[]>([])
  const load = useCallback(() => {
    const query = new URLSearchParams({
      'where[revokedAt][exists]': 'false',
      'where[expiresAt][greater_than]': new Date().toISOString(),
      sort: 'expiresAt',
      limit: '50',
      depth: '0',
    })
    fetch(`/api/field-tokens?${query}`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs: LiveToken[] }) => setTokens(body.docs))
      .catch(() => setTokens([]))
  }, [])
  useEffect(load, [load])
  return { tokens, load }
}

function IssuedToken({ issued, onDone }: { issued: Issued; onDone: () => void }) {
  return (
    <div
      id="field-token-issued"
      style={{ border: '1px solid var(--theme-elevation-150)', padding: '1rem', margin: '1rem 0', maxWidth: '28rem' }}
    >
      <p>
        <strong>请现在用手机扫码</strong>：二维码和链接只显示这一次，关闭后无法再看到。有效期至 {longDateTime(issued.expiresAt)}。
      </p>
      {/* The SVG is made by the server's QR encoder from the link alone. */}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the server's own QR code SVG */}
      <div style={{ width: '16rem', background: '#fff' }} dangerouslySetInnerHTML={{ __html: issued.qr }} />
      <p style={{ ...muted, overflowWrap: 'anywhere' }}>
        链接：<code>{issued.url}</code>
      </p>
      <Button buttonStyle="secondary" size="small" onClick={onDone}>
        已扫码，关闭
      </Button>
    </div>
  )
}

function RevokeRow({ token, onRevoked }: { token: LiveToken; onRevoked: () => void }) {
  const [asking, setAsking] = useState(false)
  const revoke = async () => {
    const answer = await post(`/api/field-tokens/${token.id}/revoke`)
    if (!answer.ok) toast.error(answer.message)
    else toast.success(`已停用“${token.label}”。这台手机上未同步的答卷需重新领取授权后同步。`)
    setAsking(false)
    onRevoked()
  }
  return (
    <li style={{ margin: '0.25rem 0' }}>
      {token.label}（有效期至 {longDateTime(token.expiresAt)}）{' '}
      {asking ? (
        <>
          确定停用吗？停用后这台手机不能再同步。{' '}
          <Button buttonStyle="primary" size="small" onClick={revoke}>
            确定停用
          </Button>{' '}
          <Button buttonStyle="secondary" size="small" onClick={() => setAsking(false)}>
            取消
          </Button>
        </>
      ) : (
        <Button buttonStyle="secondary" size="small" onClick={() => setAsking(true)}>
          停用
        </Button>
      )}
    </li>
  )
}

export function FieldTokenPanel() {
  const router = useRouter()
  const { area, select } = useAreaChoice('field-token-area')
  const { tokens, load } = useLiveTokens()
  const [label, setLabel] = useState('')
  const [days, setDays] = useState(7)
  const [busy, setBusy] = useState(false)
  const [issued, setIssued] = useState<Issued | null>(null)
  const issue = async () => {
    setBusy(true)
    const answer = await post<Issued>('/api/field-tokens/issue', { label: label.trim() || undefined, days, area: area ?? undefined })
    setBusy(false)
    if (!answer.ok) return void toast.error(answer.message)
    setIssued(answer.body)
    setLabel('')
    load()
  }
  const refresh = () => {
    load()
    router.refresh()
  }
  return (
    <section style={{ margin: '0 0 1.5rem' }} aria-label="领取代填二维码">
      <p style={muted}>入户代填前，用自己的手机扫码打开代填页面；答卷先存在手机上，联网后自动同步。</p>
      {select}
      <label htmlFor="field-token-label" style={{ marginRight: '0.75rem' }}>
        名称{' '}
        <input
          id="field-token-label"
          value={label}
          maxLength={40}
          placeholder="例如：张三的手机"
          onChange={(event) => setLabel(event.target.value)}
          style={fieldInput}
        />
      </label>
      <label htmlFor="field-token-days" style={{ marginRight: '0.75rem' }}>
        有效期{' '}
        <select id="field-token-days" value={days} onChange={(event) => setDays(Number(event.target.value))} style={fieldInput}>
          {DAYS.map((value) => (
            <option key={value} value={value}>
              {value} 天
            </option>
          ))}
        </select>
      </label>
      <Button buttonStyle="primary" size="small" disabled={busy} onClick={issue}>
        {busy ? '正在生成……' : '领取代填二维码'}
      </Button>
      {issued && (
        <IssuedToken
          issued={issued}
          onDone={() => {
            setIssued(null)
            refresh()
          }}
        />
      )}
      {tokens.length > 0 && (
        <>
          <p style={{ marginBottom: 0 }}>正在使用的代填授权：</p>
          <ul style={{ marginTop: '0.25rem' }}>
            {tokens.map((token) => (
              <RevokeRow key={token.id} token={token} onRevoked={refresh} />
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
