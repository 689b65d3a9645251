'use client'
/**
 * 签到, beside an event, for office and station staff on a phone: the on-site code shown large
 * (it changes every 30 seconds; residents type it on their own phones), a box to type or paste
 * a resident's 报名码 (or scan it, where the browser can), the attendance counts, and the
 * paper sign-in sheet to print for people without phones.
 */
import { Button, useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useRef, useState } from 'react'

import { canScan, scanOnce } from './scanner'

interface Counts {
  signedUp: number
  waitlisted: number
  cancelled: number
  checkedIn: number
}
interface Attendance {
  event: { capacity: number }
  counts: Counts
}

const muted = { color: 'var(--theme-elevation-600)', fontSize: '0.85em' }
const STAFF = ['admin', 'editor', 'station']
const messageOf = (body: unknown, fallback: string) =>
  (body as { errors?: { message?: string }[] } | null)?.errors?.[0]?.message ?? fallback

async function getJson<T>(url: string): Promise<{ ok: boolean; body: T | null }> {
  const response = await fetch(url, { credentials: 'include' }).catch(() => null)
  return { ok: Boolean(response?.ok), body: ((await response?.json().catch(() => null)) ?? null) as T | null }
}

/** The code of the moment, fetched again the moment it changes. */
function RotatingCode({ id }: { id: number | string }) {
  const [code, setCode] = useState<{ code: string; secondsLeft: number } | null>(null)
  const [problem, setProblem] = useState('')
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let live = true
    async function next() {
      const { ok, body } = await getJson<{ code: string; secondsLeft: number }>(`/api/events/${id}/check-in-code`)
      if (!live) return
      if (ok && body) setCode(body)
      else setProblem(messageOf(body, '签到码暂时无法读取。'))
      timer = setTimeout(next, Math.max(1, body?.secondsLeft ?? 30) * 1000 + 300)
    }
    void next()
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [id])
  if (!code) return <p style={muted}>{problem || '正在读取签到码……'}</p>
  return (
    <div style={{ textAlign: 'center', margin: '0.5rem 0' }}>
      <div style={muted}>现场签到码（每 30 秒更换，请居民在自己的手机上输入）</div>
      <div
        className="check-in-code"
        aria-live="polite"
        style={{ fontSize: '2.75rem', fontWeight: 700, letterSpacing: '0.15em', fontVariantNumeric: 'tabular-nums' }}
      >
        {code.code}
      </div>
    </div>
  )
}

function Counts({ attendance }: { attendance: Attendance | null }) {
  if (!attendance) return null
  const { counts, event } = attendance
  return (
    <p className="check-in-counts" style={{ margin: '0.5rem 0' }}>
      名额 {event.capacity} · 已报名 {counts.signedUp + counts.checkedIn} · 已签到 {counts.checkedIn} · 候补 {counts.waitlisted} · 已取消{' '}
      {counts.cancelled}
    </p>
  )
}

function CodeEntry({ id, onCheckedIn }: { id: number | string; onCheckedIn(): void }) {
  const [typed, setTyped] = useState('')
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const [scanning, setScanning] = useState(false)
  const video = useRef<HTMLVideoElement>(null)
  const stop = useRef(false)
  async function checkIn(code: string) {
    setBusy(true)
    const response = await fetch(`/api/events/${id}/check-in`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    }).catch(() => null)
    const body = await response?.json().catch(() => null)
    setBusy(false)
    if (!response?.ok) return setSaid({ ok: false, text: messageOf(body, '网络连接中断，请稍后再试。') })
    setSaid({
      ok: true,
      text: body.already ? `这个报名码已经签到过了（报名 ${body.reference}）。` : `签到成功（报名 ${body.reference}）。`,
    })
    setTyped('')
    onCheckedIn()
  }
  function toggleScan() {
    if (scanning) stop.current = true
    else void scan()
  }
  async function scan() {
    if (!video.current) return
    stop.current = false
    setScanning(true)
    const code = await scanOnce(video.current, () => stop.current).catch(() => null)
    setScanning(false)
    if (code) await checkIn(code)
  }
  return (
    <div>
      <label htmlFor="check-in-typed" style={{ display: 'block' }}>
        居民的报名码
      </label>
      <input
        id="check-in-typed"
        value={typed}
        autoComplete="off"
        placeholder="如 7K3M-9Q2F-XH4T"
        onChange={(event) => setTyped(event.target.value)}
        style={{ width: '100%', boxSizing: 'border-box', fontSize: '1.1em' }}
      />
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', marginTop: '0.5rem' }}>
        <Button buttonStyle="primary" size="small" disabled={busy} onClick={() => checkIn(typed)}>
          签到
        </Button>
        {canScan() && (
          <Button buttonStyle="secondary" size="small" onClick={toggleScan}>
            {scanning ? '停止扫码' : '扫码签到'}
          </Button>
        )}
      </div>
      <video ref={video} muted playsInline style={{ display: scanning ? 'block' : 'none', width: '100%', marginTop: '0.5rem' }} />
      {said && (
        <p role={said.ok ? 'status' : 'alert'} className="check-in-said" style={{ color: said.ok ? undefined : 'var(--theme-error-500)' }}>
          {said.text}
        </p>
      )}
    </div>
  )
}

export function CheckInPanel() {
  const { id } = useDocumentInfo()
  const { user } = useAuth<{ role?: string }>()
  const [attendance, setAttendance] = useState<Attendance | null>(null)
  const load = useCallback(async () => {
    const { ok, body } = await getJson<Attendance>(`/api/events/${id}/attendance`)
    if (ok && body) setAttendance(body)
  }, [id])
  useEffect(() => {
    if (!id || !STAFF.includes(user?.role ?? '')) return
    void load()
    const timer = setInterval(load, 30_000)
    return () => clearInterval(timer)
  }, [id, user?.role, load])
  if (!id || !STAFF.includes(user?.role ?? '')) return null
  return (
    <div className="check-in-panel" style={{ minWidth: 0, maxWidth: '100%' }}>
      <h3 style={{ margin: '0 0 0.25rem' }}>签到</h3>
      <RotatingCode id={id} />
      <CodeEntry id={id} onCheckedIn={load} />
      <Counts attendance={attendance} />
      <a href={`/api/events/${id}/sign-in-sheet`} target="_blank" rel="noreferrer">
        打印纸质签到表（PDF）
      </a>
    </div>
  )
}
