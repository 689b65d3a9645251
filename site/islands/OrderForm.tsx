/**
 * 点单: the order form of one 课单, built like the 留言 form (MessageForm.tsx): disabled until
 * hydrated, the draft kept on the phone, the proof of work solved while the resident types,
 * then the receipt code, with which the order is followed, cancelled and rated.
 */
import type { FormEvent } from 'react'

import { GatedForm } from './FormParts.tsx'
import { OrderFields } from './OrderFields.tsx'
import type { OrderDraft as Draft, OrderFormProps } from './orderTypes.ts'
import { ReceiptView } from './ReceiptView.tsx'
import { type SendError, sendJson } from './send.ts'
import { CONSENT_PROBLEM, optional, senderBody, useSubmission } from './useSubmission.ts'

const EMPTY: Draft = {
  group: '',
  household: '',
  people: '',
  date: '',
  time: '',
  venue: '',
  note: '',
  contactName: '',
  contactPhone: '',
  consent: false,
  honeypot: '',
}

/** What the browser can tell before sending (the server checks everything again). */
function problemsOf(draft: Draft): SendError[] {
  const problems: SendError[] = []
  if (!draft.group.trim() && !draft.household.trim())
    problems.push({ field: 'group', message: '请填写服务对象（例如：金刚里社区老年人）或户码' })
  if (!draft.people.trim()) problems.push({ field: 'people', message: '请填写人数' })
  if (!draft.date || !draft.time) problems.push({ field: 'date', message: '请选择希望服务的日期和时间' })
  if (draft.venue.trim().length < 2) problems.push({ field: 'venue', message: '请填写服务地点（例如：金刚里社区活动室）' })
  if (!draft.consent) problems.push(CONSENT_PROBLEM)
  return problems
}

function bodyOf(draft: Draft, props: OrderFormProps, altcha: string): Record<string, unknown> {
  return {
    item: props.item.id,
    group: optional(draft.group),
    household: optional(draft.household),
    people: draft.people,
    // The resident picks Beijing time.
    wantedAt: `${draft.date}T${draft.time}:00+08:00`,
    venue: draft.venue,
    note: optional(draft.note),
    ...senderBody(draft, props, altcha),
  }
}

export function OrderForm(props: OrderFormProps) {
  const form = useSubmission(`services-${props.item.id}`, EMPTY, props)
  const { draft, receipt } = form
  if (receipt) {
    return <ReceiptView receipt={receipt} idBase={props.idBase} receiptPage={props.receiptPage} noun="课单" follow="办理进度、取消或评价" />
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    void form.submit(problemsOf(draft), (altcha, headers) => sendJson(props.submitUrl, bodyOf(draft, props, altcha), headers))
  }
  return (
    <GatedForm
      idBase={props.idBase}
      form={form}
      legend={`预约“${props.item.title}”`}
      button="提交点单"
      heading="点单还没有提交："
      onSubmit={submit}
    >
      <OrderFields props={props} draft={draft} setDraft={form.setDraft} errors={form.errors} />
    </GatedForm>
  )
}
