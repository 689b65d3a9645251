/**
 * What every resident's form does around its own fields: the draft kept on the phone
 * (draftStore.ts), restored after hydration (the first render must equal the server's,
 * so it starts empty) and saved as it changes; the checks the browser can make; the
 * proof of work (useAltcha.ts), good for one submission whatever the answer; the send;
 * and then either the receipt (the draft is forgotten) or the errors (the draft stays).
 */
import { useEffect, useState } from 'react'

import { type DraftValues, forgetDraft, loadDraft, saveDraft } from './draftStore.ts'
import { deviceToken, type Receipt, type SendError, type SendResult } from './send.ts'
import { type Altcha, type AltchaState, useAltcha } from './useAltcha.ts'

/** What the resident fills in on every form besides its own fields. */
export interface SenderDraft {
  contactName: string
  contactPhone: string
  consent: boolean
  honeypot: string
}

/** What every form's props say about sending (types.ts). */
export interface SendingProps {
  challengeUrl: string
  noticeVersion: string
  deviceHeader: string
  honeypotField: string
}

/** Text left empty is not sent at all (the server reads absent as "not given"). */
export const optional = (value: string) => (value.trim() ? value : undefined)

/** The sender's part of a body: contact, consent (the notice's version), the solved challenge, the honeypot. */
export function senderBody(draft: SenderDraft, props: SendingProps, altcha: string): Record<string, unknown> {
  return {
    contactName: optional(draft.contactName),
    contactPhone: optional(draft.contactPhone),
    consent: props.noticeVersion,
    altcha,
    [props.honeypotField]: optional(draft.honeypot),
  }
}

export const CONSENT_PROBLEM: SendError = { field: 'consent', message: '请先阅读个人信息告知并勾选“我已阅读并同意”' }

/**
 * Shown by the server-rendered page until the island takes over: on a browser that cannot
 * run the form's script (too old, or the script did not load) it stays, and says what to do.
 */
export const LOADING =
  '表单正在加载……如果一直不能填写，请把浏览器更新到新版本，或换用手机自带的浏览器打开本页；也可以拨打页面下方的电话或到所在社区居委会办理。'

export function statusText(ready: boolean, sending: boolean, altcha: AltchaState): string {
  if (!ready) return LOADING
  if (!sending) return altcha === 'verifying' ? '正在进行防机器人验证（不需要您操作）……' : ''
  return altcha === 'verifying' ? '正在完成防机器人验证，完成后自动提交……' : '正在提交……'
}

/** Sends the solved challenge's payload with the device header; answers as send.ts does. */
export type Sender = (altcha: string, headers: Record<string, string>) => Promise<SendResult>

export interface Submission<D> {
  ready: boolean
  draft: D
  setDraft: (change: (old: D) => D) => void
  sending: boolean
  errors: SendError[]
  receipt: Receipt | null
  altcha: Altcha
  /** Shows `problems` if there are any; otherwise solves the challenge and sends. */
  submit(problems: SendError[], sender: Sender): Promise<void>
}

const UNSOLVED: SendResult = {
  ok: false,
  status: 0,
  errors: [{ message: '防机器人验证没有完成，请再点一次“提交”。已填写的内容不会丢失。' }],
}

export function useSubmission<D extends DraftValues>(form: string, empty: D, props: SendingProps): Submission<D> {
  const [ready, setReady] = useState(false)
  const [draft, setDraft] = useState<D>(empty)
  const [sending, setSending] = useState(false)
  const [errors, setErrors] = useState<SendError[]>([])
  const [receipt, setReceipt] = useState<Receipt | null>(null)
  const altcha = useAltcha(props.challengeUrl)
  // After hydration: bring back what was typed here before.
  useEffect(() => {
    const kept = loadDraft(form, empty)
    if (kept) setDraft(kept)
    setReady(true)
  }, [form, empty])
  useEffect(() => {
    if (ready && !receipt) saveDraft(form, draft)
  }, [form, ready, receipt, draft])

  const submit = async (problems: SendError[], sender: Sender) => {
    setErrors(problems)
    if (problems.length > 0) return
    setSending(true)
    const solved = await altcha.solved()
    const result = solved ? await sender(solved, { [props.deviceHeader]: deviceToken() }) : UNSOLVED
    // A solved challenge is good for one submission, whatever the answer was.
    altcha.reset()
    setSending(false)
    if (result.ok) {
      forgetDraft(form)
      setReceipt(result.receipt)
    } else setErrors(result.errors)
  }

  return { ready, draft, setDraft, sending, errors, receipt, altcha, submit }
}
