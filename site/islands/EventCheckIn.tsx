/**
 * 现场签到: the resident types (or keeps from sign-up) their 报名码 and the six digits shown
 * on the staff phone or the hall's screen, which change every 30 seconds — a photo of a
 * poster is no use later. No proof of work: the code on site is the proof of presence.
 */
import { type FormEvent, useState } from 'react'

import { readErrors } from './send.ts'

interface Props {
  idBase: string
  checkInUrl: string
  /** The 报名码 just received on this page, if any. */
  code: string
  ready: boolean
}

export function EventCheckIn({ idBase, checkInUrl, code: given, ready }: Props) {
  const [code, setCode] = useState(given)
  const [rotating, setRotating] = useState('')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')
  const [done, setDone] = useState(false)

  const send = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    try {
      const response = await fetch(checkInUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: code || given, rotating }),
        credentials: 'omit',
      })
      const body: unknown = await response.json().catch(() => null)
      const ok = response.status === 200
      setDone(ok)
      setMessage(
        ok
          ? (body as { already?: boolean }).already
            ? '您已经签到过了。'
            : '签到成功，欢迎参加！'
          : (readErrors(body, response.status)[0]?.message ?? ''),
      )
    } catch {
      setMessage('网络连接失败，请检查网络后再试。')
    }
    setBusy(false)
  }

  const id = (name: string) => `${idBase}-checkin-${name}`
  return (
    <section className="event-checkin" aria-labelledby={id('heading')}>
      <h2 id={id('heading')}>现场签到</h2>
      <p>到达活动现场后，输入报名码和现场屏幕或工作人员手机上显示的 6 位签到码（每 30 秒更换一次）。也可以请工作人员扫您的报名码签到。</p>
      <form className="message-form" noValidate onSubmit={send}>
        <fieldset disabled={!ready || busy || done}>
          <label className="field" htmlFor={id('code')}>
            <span className="field-label">报名码（12 位字母和数字）</span>
            <input id={id('code')} value={code || given} onChange={(e) => setCode(e.target.value)} autoComplete="off" />
          </label>
          <label className="field" htmlFor={id('rotating')}>
            <span className="field-label">现场签到码（6 位数字）</span>
            <input
              id={id('rotating')}
              value={rotating}
              onChange={(e) => setRotating(e.target.value)}
              inputMode="numeric"
              autoComplete="off"
            />
          </label>
          <button type="submit">签到</button>
        </fieldset>
      </form>
      <p className="form-status" role="status" aria-live="polite">
        {message}
      </p>
    </section>
  )
}
