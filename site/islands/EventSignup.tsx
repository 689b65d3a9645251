/**
 * 活动报名: the sign-up island, built like the 留言 form (useSubmission: the draft kept on the
 * phone, the proof of work while typing, the errors kept with the text). It asks the API
 * for the places left now, takes the sign-up (a volunteer leaves name and phone for the
 * hours), then shows the 报名码 once with the state — 已报名, or 候补第几位 — and the
 * check-in form for the day.
 */
import { type FormEvent, useEffect, useState } from 'react'

import { CodeQr } from './CodeQr.tsx'
import { EventCheckIn } from './EventCheckIn.tsx'
import type { EventSignupDraft as Draft, EventSignupProps, EventStatus } from './eventTypes.ts'
import { bindFields, GatedForm } from './FormParts.tsx'
import { type SendError, sendJson } from './send.ts'
import { CONSENT_PROBLEM, optional, useSubmission } from './useSubmission.ts'

const EMPTY: Draft = { volunteer: false, contactName: '', contactPhone: '', team: '', consent: false, honeypot: '' }

function problemsOf(draft: Draft): SendError[] {
  const problems: SendError[] = []
  if (draft.volunteer && !draft.contactName.trim())
    problems.push({ field: 'contactName', message: '志愿者报名请填写姓名（用于记录志愿服务时长）' })
  if (draft.volunteer && !draft.contactPhone.trim())
    problems.push({ field: 'contactPhone', message: '志愿者报名请填写联系电话（用于记录志愿服务时长）' })
  if (!draft.consent) problems.push(CONSENT_PROBLEM)
  return problems
}

function placesText(status: EventStatus | null, placesLeft: number): string {
  if (status?.message) return status.message
  const left = status ? status.left : placesLeft
  return left > 0 ? `还有 ${left} 个名额。` : '名额已满：现在报名进入候补，有人取消时按报名先后递补。'
}

type Answered = { receipt: string; reference: string; state?: string; position?: number | null }

function Answer({ answered, props, ready }: { answered: Answered; props: EventSignupProps; ready: boolean }) {
  const waiting = answered.state === 'waitlisted'
  return (
    <>
      <section className="message-receipt" role="status" aria-labelledby={`${props.idBase}-receipt`}>
        <h2 id={`${props.idBase}-receipt`}>{waiting ? `已进入候补，排第 ${answered.position ?? ''} 位` : '报名成功'}</h2>
        <p>
          报名码：<strong className="receipt-code">{answered.receipt}</strong>（受理编号 {answered.reference}）
        </p>
        <p>
          请抄下或截图保存报名码：签到时要用；凭它在<a href={props.receiptPage}>查询回执</a>页查看报名状态
          {waiting ? '（有人取消时自动递补）' : ''}，也可以取消报名。报名码只显示这一次。
        </p>
        {!waiting && <CodeQr code={answered.receipt} label="签到时请工作人员扫这个二维码" />}
      </section>
      {!waiting && <EventCheckIn idBase={props.idBase} checkInUrl={props.checkInUrl} code={answered.receipt} ready={ready} />}
    </>
  )
}

export function EventSignup(props: EventSignupProps) {
  const form = useSubmission('events', EMPTY, props)
  const [status, setStatus] = useState<EventStatus | null>(null)
  useEffect(() => {
    fetch(props.statusUrl, { credentials: 'omit' })
      .then((response) => (response.ok ? (response.json() as Promise<EventStatus>) : null))
      .then(setStatus)
      .catch(() => setStatus(null))
  }, [props.statusUrl])
  const { draft, receipt } = form
  if (receipt) return <Answer answered={receipt as Answered} props={props} ready={form.ready} />

  const bound = bindFields(props.idBase, draft, form.setDraft, form.errors)
  const { id, text, tick } = bound
  const closed = status !== null && status.window !== 'open'
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const body = {
      volunteer: draft.volunteer,
      team: draft.volunteer ? optional(draft.team) : undefined,
      contactName: optional(draft.contactName),
      contactPhone: optional(draft.contactPhone),
      consent: props.noticeVersion,
      [props.honeypotField]: optional(draft.honeypot),
    }
    void form.submit(problemsOf(draft), (altcha, headers) => sendJson(props.submitUrl, { ...body, altcha }, headers))
  }
  const need = draft.volunteer ? '' : '（可不填）'
  return (
    <>
      <p className="event-places" aria-live="polite">
        {placesText(status, props.placesLeft)}
      </p>
      <GatedForm
        idBase={props.idBase}
        form={form}
        legend="报名参加"
        button="报名"
        heading="还没有报名成功："
        onSubmit={submit}
        closed={closed}
      >
        <label className="choice">
          <input {...tick('volunteer')} name="volunteer" />
          我是志愿者（记录志愿服务时长，需要填写姓名和电话）
        </label>
        <label className="field" htmlFor={id('contactName')}>
          <span className="field-label">姓名{need}</span>
          <input {...text('contactName')} name="contactName" maxLength={props.limits.contactName} autoComplete="name" />
        </label>
        <label className="field" htmlFor={id('contactPhone')}>
          <span className="field-label">联系电话{need}</span>
          <input {...text('contactPhone')} name="contactPhone" type="tel" inputMode="tel" maxLength={props.limits.contactPhone} />
        </label>
        {draft.volunteer && (
          <label className="field" htmlFor={id('team')}>
            <span className="field-label">志愿服务队（可不填）</span>
            <input {...text('team')} name="team" maxLength={props.limits.team} autoComplete="off" />
          </label>
        )}
        <div className="form-trap" aria-hidden="true">
          <label htmlFor={id('honeypot')}>网址（请留空）</label>
          <input {...text('honeypot')} name={props.honeypotField} tabIndex={-1} autoComplete="off" />
        </div>
        <label className="choice consent">
          <input {...tick('consent')} name="consent" required />
          我已阅读并同意上方的《个人信息告知》
        </label>
      </GatedForm>
      <EventCheckIn idBase={props.idBase} checkInUrl={props.checkInUrl} code="" ready={form.ready} />
    </>
  )
}
