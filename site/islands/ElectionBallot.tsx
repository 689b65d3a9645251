/**
 * 评选: the ballot island. Rendered to static HTML with the candidates (photo, title,
 * summary) inside a disabled fieldset, so without scripts they can be read and nothing can
 * be chosen and lost. After hydration it asks for the state now — closed with a published
 * result, it shows the ranking with the ballots, codes and counting rules instead — takes
 * the invitation code from the address (a slip's QR code carries it) or as typed, and
 * sends the choices (at most N) through the gate.
 */
import { type FormEvent, useEffect, useState } from 'react'

import { BallotCandidates } from './BallotCandidates.tsx'
import { ElectionResultView } from './ElectionResult.tsx'
import type { BallotResult, ElectionBallotProps } from './electionTypes.ts'
import { deviceToken, type SendError, sendJson } from './send.ts'
import { useAltcha } from './useAltcha.ts'

type Phase = { kind: 'form' } | { kind: 'closed'; message: string; result: BallotResult | null } | { kind: 'done'; reference: string }

function useBallot(props: ElectionBallotProps) {
  const [ready, setReady] = useState(false)
  const [phase, setPhase] = useState<Phase>({ kind: 'form' })
  const [chosen, setChosen] = useState<number[]>([])
  const [code, setCode] = useState('')
  const [consent, setConsent] = useState(false)
  const [honeypot, setHoneypot] = useState('')
  const [sending, setSending] = useState(false)
  const [errors, setErrors] = useState<SendError[]>([])
  const altcha = useAltcha(props.challengeUrl)
  useEffect(() => {
    // The slip's QR code carries it in the fragment; once read, it leaves the address bar (and the history).
    const fromSlip = new URLSearchParams(window.location.hash.slice(1)).get('code')
    if (fromSlip) {
      setCode(fromSlip.slice(0, 40))
      window.history.replaceState(null, '', window.location.pathname + window.location.search)
    }
    fetch(props.statusUrl, { credentials: 'omit' })
      .then((response) => (response.ok ? response.json() : null))
      .then((status: { state?: string; message?: string | null; result?: BallotResult | null } | null) => {
        if (status && status.state !== 'open') setPhase({ kind: 'closed', message: status.message ?? '', result: status.result ?? null })
      })
      .catch(() => undefined)
      .finally(() => setReady(true))
  }, [props.statusUrl])

  const toggle = (id: number) => setChosen((old) => (old.includes(id) ? old.filter((one) => one !== id) : [...old, id]))

  const submit = async (): Promise<void> => {
    const problems: SendError[] = []
    if (chosen.length === 0) problems.push({ field: 'choices', message: '请至少选择一位候选人。' })
    if (chosen.length > props.choices) problems.push({ field: 'choices', message: `最多只能选择 ${props.choices} 位候选人。` })
    if (!code.trim()) problems.push({ field: 'code', message: '请输入纸条上的 10 位邀请码。' })
    if (!consent) problems.push({ field: 'consent', message: '请先阅读投票说明并勾选“我已阅读并同意”。' })
    setErrors(problems)
    if (problems.length > 0) return
    setSending(true)
    const solved = await altcha.solved()
    const body = { code, choices: chosen, consent: props.noticeVersion, altcha: solved, [props.honeypotField]: honeypot || undefined }
    const result = solved
      ? await sendJson(props.submitUrl, body, { [props.deviceHeader]: deviceToken() })
      : { ok: false as const, status: 0, errors: [{ message: '防机器人验证没有完成，请再点一次“投票”。' }] }
    altcha.reset()
    setSending(false)
    if (result.ok) setPhase({ kind: 'done', reference: result.receipt.reference })
    else setErrors(result.errors)
  }
  return { ready, phase, chosen, toggle, code, setCode, consent, setConsent, honeypot, setHoneypot, sending, errors, altcha, submit }
}

export function ElectionBallot(props: ElectionBallotProps) {
  const ballot = useBallot(props)
  const { idBase } = props
  if (ballot.phase.kind === 'done') {
    return (
      <section className="ballot-done" role="status">
        <h2>投票成功，感谢您的参与！</h2>
        <p>选票编号：{ballot.phase.reference}。这个邀请码已经用过，不能再次投票；结果在投票截止后按计票规则公布。</p>
      </section>
    )
  }
  if (ballot.phase.kind === 'closed') {
    const { message, result } = ballot.phase
    return result ? (
      <ElectionResultView result={result} />
    ) : (
      <p className="survey-closed" role="status">
        {message}
      </p>
    )
  }
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    await ballot.submit()
  }
  return (
    <form className="message-form ballot-form" noValidate onSubmit={onSubmit} aria-describedby={`${idBase}-status`}>
      {ballot.errors.length > 0 && (
        <div className="form-errors" role="alert">
          <p>还没有投票成功：</p>
          <ul>
            {ballot.errors.map((error) => (
              <li key={`${error.field ?? ''}${error.message}`}>{error.message}</li>
            ))}
          </ul>
        </div>
      )}
      <fieldset disabled={!ballot.ready || ballot.sending}>
        <legend>
          候选人（共 {props.candidates.length} 位，每张票最多选 {props.choices} 位，已选 {ballot.chosen.length} 位）
        </legend>
        <BallotCandidates candidates={props.candidates} chosen={ballot.chosen} toggle={ballot.toggle} />
        <label htmlFor={`${idBase}-code`}>邀请码（纸条上的 10 位字母和数字，不分大小写）</label>
        <input
          id={`${idBase}-code`}
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
          value={ballot.code}
          onChange={(event) => ballot.setCode(event.target.value)}
        />
        <div className="form-trap" aria-hidden="true">
          <label htmlFor={`${idBase}-honeypot`}>网址（请留空）</label>
          <input
            id={`${idBase}-honeypot`}
            name={props.honeypotField}
            tabIndex={-1}
            autoComplete="off"
            value={ballot.honeypot}
            onChange={(event) => ballot.setHoneypot(event.target.value)}
          />
        </div>
        <label className="choice consent">
          <input type="checkbox" name="consent" checked={ballot.consent} onChange={(event) => ballot.setConsent(event.target.checked)} />
          我已阅读并同意上方的投票说明
        </label>
        <div className="altcha-holder" ref={ballot.altcha.holder} />
        <button type="submit">投票</button>
      </fieldset>
      <p id={`${idBase}-status`} className="form-status" aria-live="polite">
        {ballot.sending ? '正在提交……' : ''}
      </p>
    </form>
  )
}
