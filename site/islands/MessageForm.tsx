/**
 * 留言/咨询: the form island. The page renderer turns it into static HTML with every field
 * inside a disabled fieldset, so without scripts nothing can be typed and lost (the page
 * says why in <noscript>). In the browser, client.tsx hydrates it with the same props; the
 * first client render equals the server's, then an effect enables the fields and adds the
 * altcha widget, which solves its proof of work while the resident types (useSubmission.ts).
 */
import type { FormEvent } from 'react'

import { GatedForm } from './FormParts.tsx'
import { MessageFields } from './MessageFields.tsx'
import { ReceiptView } from './ReceiptView.tsx'
import { type SendError, sendJson } from './send.ts'
import type { MessageDraft as Draft, MessageFormProps } from './types.ts'
import { CONSENT_PROBLEM, optional, senderBody, useSubmission } from './useSubmission.ts'

const EMPTY: Draft = {
  kind: '',
  subject: '',
  body: '',
  keepPrivate: false,
  contactName: '',
  contactPhone: '',
  consent: false,
  honeypot: '',
}

/** What the browser can tell before sending (the server checks everything again). */
function problemsOf(draft: Draft): SendError[] {
  const problems: SendError[] = []
  if (!draft.kind) problems.push({ field: 'kind', message: '请选择留言类别（咨询、建议、反映问题或表扬）' })
  if (draft.body.trim().length < 5) problems.push({ field: 'body', message: '请写下留言内容（至少 5 个字）' })
  if (!draft.consent) problems.push(CONSENT_PROBLEM)
  return problems
}

function bodyOf(draft: Draft, props: MessageFormProps, altcha: string): Record<string, unknown> {
  return {
    kind: draft.kind,
    subject: optional(draft.subject),
    body: draft.body,
    keepPrivate: draft.keepPrivate,
    ...senderBody(draft, props, altcha),
  }
}

export function MessageForm(props: MessageFormProps) {
  const form = useSubmission('messages', EMPTY, props)
  const { draft, receipt } = form
  if (receipt) return <ReceiptView receipt={receipt} idBase={props.idBase} receiptPage={props.receiptPage} noun="留言" />

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void form.submit(problemsOf(draft), (altcha, headers) => sendJson(props.submitUrl, bodyOf(draft, props, altcha), headers))
  }

  return (
    <GatedForm idBase={props.idBase} form={form} legend="留言内容" button="提交留言" heading="留言还没有提交：" onSubmit={submit}>
      <MessageFields props={props} draft={draft} setDraft={form.setDraft} errors={form.errors} />
    </GatedForm>
  )
}
