/**
 * 留言/咨询: the form island. The page renderer turns it into static HTML with every field
 * inside a disabled fieldset, so without scripts nothing can be typed and lost (the page
 * says why in <noscript>). In the browser, client.tsx hydrates it with the same props; the
 * first client render equals the server's, then an effect enables the fields and adds the
 * altcha widget, which solves its proof of work while the resident types.
 */
import { type FormEvent, useEffect, useState } from 'react'

import { forgetDraft, loadDraft, saveDraft } from './draftStore.ts'
import { MessageFields } from './MessageFields.tsx'
import { ReceiptView } from './ReceiptView.tsx'
import { deviceToken, type Receipt, type SendError, sendJson } from './send.ts'
import type { MessageDraft as Draft, MessageFormProps } from './types.ts'
import { type AltchaState, useAltcha } from './useAltcha.ts'

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
  if (!draft.consent) problems.push({ field: 'consent', message: '请先阅读个人信息告知并勾选“我已阅读并同意”' })
  return problems
}

function bodyOf(draft: Draft, props: MessageFormProps, altcha: string): Record<string, unknown> {
  const optional = (value: string) => (value.trim() ? value : undefined)
  return {
    kind: draft.kind,
    subject: optional(draft.subject),
    body: draft.body,
    keepPrivate: draft.keepPrivate,
    contactName: optional(draft.contactName),
    contactPhone: optional(draft.contactPhone),
    consent: props.noticeVersion,
    altcha,
    [props.honeypotField]: optional(draft.honeypot),
  }
}

function statusText(sending: boolean, altcha: AltchaState): string {
  if (!sending) return altcha === 'verifying' ? '正在进行防机器人验证（不需要您操作）……' : ''
  return altcha === 'verifying' ? '正在完成防机器人验证，完成后自动提交……' : '正在提交……'
}

export function MessageForm(props: MessageFormProps) {
  const [ready, setReady] = useState(false)
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const [sending, setSending] = useState(false)
  const [errors, setErrors] = useState<SendError[]>([])
  const [receipt, setReceipt] = useState<Receipt | null>(null)
  const altcha = useAltcha(props.challengeUrl)
  // After hydration (the first render must equal the server's): bring back what was typed here before.
  useEffect(() => {
    const kept = loadDraft('messages', EMPTY)
    if (kept) setDraft(kept)
    setReady(true)
  }, [])
  useEffect(() => {
    if (ready && !receipt) saveDraft('messages', draft)
  }, [ready, receipt, draft])

  if (receipt) return <ReceiptView receipt={receipt} idBase={props.idBase} receiptPage={props.receiptPage} />

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const problems = problemsOf(draft)
    setErrors(problems)
    if (problems.length > 0) return
    setSending(true)
    const solved = await altcha.solved()
    const result = solved
      ? await sendJson(props.submitUrl, bodyOf(draft, props, solved), { [props.deviceHeader]: deviceToken() })
      : { ok: false as const, errors: [{ message: '防机器人验证没有完成，请再点一次“提交”。已填写的内容不会丢失。' }] }
    // A solved challenge is good for one submission, whatever the answer was.
    altcha.reset()
    setSending(false)
    if (result.ok) {
      forgetDraft('messages')
      setReceipt(result.receipt)
    } else setErrors(result.errors)
  }

  return (
    <form className="message-form" noValidate onSubmit={submit} aria-describedby={`${props.idBase}-status`}>
      <fieldset disabled={!ready || sending}>
        <legend>留言内容</legend>
        <MessageFields props={props} draft={draft} setDraft={setDraft} errors={errors} />
        <div className="altcha-holder" ref={altcha.holder} />
        <button type="submit">提交留言</button>
      </fieldset>
      <p id={`${props.idBase}-status`} className="form-status" aria-live="polite">
        {statusText(sending, altcha.state)}
      </p>
      {errors.length > 0 && (
        <div className="form-errors" role="alert">
          <p>留言还没有提交：</p>
          <ul>
            {errors.map((error) => (
              <li key={`${error.field ?? ''}${error.message}`}>{error.message}</li>
            ))}
          </ul>
        </div>
      )}
    </form>
  )
}
