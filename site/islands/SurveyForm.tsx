/**
 * 民意征集: the survey island. Rendered to static HTML with every question inside a
 * disabled fieldset (follow-ups shown too, each saying when it applies), so without
 * scripts the resident can read what is asked and nothing can be typed and lost. After
 * hydration it asks whether the survey takes answers now, brings back what this phone
 * had typed, and shows the questions the skip logic opens (contract/surveys.ts, the same
 * reading the server does). One answer per device, quietly: once sent, the page shows
 * the receipt instead of the form.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react'

import { type AnswerValue, checkAnswers, visibleQuestions } from '../../contract/surveys.ts'
import { SurveyDone } from './SurveyDone.tsx'
import { conditionNote, ErrorSummary, SurveyQuestionField } from './SurveyQuestions.tsx'
import { deviceToken, type Receipt, type SendError, sendJson } from './send.ts'
import { canSpeak } from './speak.ts'
import { answeredBefore, loadSurveyDraft, rememberAnswered, saveSurveyDraft } from './surveyStore.ts'
import type { SurveyDraft, SurveyFormProps } from './surveyTypes.ts'
import { useAltcha } from './useAltcha.ts'
import { statusText } from './useSubmission.ts'

type Answers = SurveyDraft['answers']
type Phase = { kind: 'form' } | { kind: 'closed'; message: string } | { kind: 'done'; receipt: Receipt | null; fresh: boolean }
const CONSENT = '请先阅读个人信息告知并勾选“我已阅读并同意”'

/** The survey's state now; null when it cannot be asked (the server decides again on sending). */
async function closedMessage(statusUrl: string): Promise<string | null> {
  try {
    const response = await fetch(statusUrl, { credentials: 'omit' })
    const status = (await response.json()) as { state?: string; message?: string | null }
    return response.ok && status.state !== 'open' && status.message ? status.message : null
  } catch {
    return null
  }
}

function useSurvey(props: SurveyFormProps) {
  const [ready, setReady] = useState(false)
  const [phase, setPhase] = useState<Phase>({ kind: 'form' })
  const [answers, setAnswers] = useState<Answers>({})
  const [consent, setConsent] = useState(false)
  const [honeypot, setHoneypot] = useState('')
  const [sending, setSending] = useState(false)
  const [errors, setErrors] = useState<SendError[]>([])
  const [speakable, setSpeakable] = useState(false)
  const altcha = useAltcha(props.challengeUrl)
  // After hydration (the first render must equal the server's).
  useEffect(() => {
    const answered = answeredBefore(props.surveyId)
    if (answered) setPhase({ kind: 'done', receipt: answered.receipt, fresh: false })
    else {
      const kept = loadSurveyDraft(props.surveyId, props.questions)
      if (kept) setAnswers(kept)
      closedMessage(props.statusUrl).then((message) => message && setPhase({ kind: 'closed', message }))
    }
    setSpeakable(canSpeak())
    setReady(true)
  }, [props.surveyId, props.questions, props.statusUrl])
  useEffect(() => {
    if (ready && phase.kind === 'form') saveSurveyDraft(props.surveyId, answers)
  }, [ready, phase, answers, props.surveyId])

  const submit = async (): Promise<boolean> => {
    const checked = checkAnswers(props.questions, answers)
    const problems: SendError[] = [...checked.problems, ...(consent ? [] : [{ field: 'consent', message: CONSENT }])]
    setErrors(problems)
    if (!checked.answers || problems.length > 0) return false
    setSending(true)
    const solved = await altcha.solved()
    const body = { answers: checked.answers, consent: props.noticeVersion, altcha: solved, [props.honeypotField]: honeypot || undefined }
    const result = solved
      ? await sendJson(props.submitUrl, body, { [props.deviceHeader]: deviceToken() })
      : { ok: false as const, status: 0, errors: [{ message: '防机器人验证没有完成，请再点一次“提交”。已填写的内容不会丢失。' }] }
    altcha.reset()
    setSending(false)
    if (result.ok) {
      rememberAnswered(props.surveyId, result.receipt)
      setPhase({ kind: 'done', receipt: result.receipt, fresh: true })
      return true
    }
    // Answered already from this phone, or closed meanwhile: said calmly, in place of the form.
    if (result.status === 409) setPhase({ kind: 'closed', message: result.errors[0]?.message ?? '' })
    else setErrors(result.errors)
    return result.status === 409
  }
  const answer = (key: string, value: AnswerValue | undefined) =>
    setAnswers((old) => {
      const next = { ...old }
      if (value === undefined) delete next[key]
      else next[key] = value
      return next
    })
  return { ready, phase, answers, answer, consent, setConsent, honeypot, setHoneypot, sending, errors, speakable, altcha, submit }
}

export function SurveyForm(props: SurveyFormProps) {
  const survey = useSurvey(props)
  const summary = useRef<HTMLDivElement | null>(null)
  const { idBase, questions } = props
  if (survey.phase.kind === 'done') return <SurveyDone {...survey.phase} idBase={idBase} receiptPage={props.receiptPage} />
  if (survey.phase.kind === 'closed') {
    return (
      <section className="survey-closed" role="status">
        <p>{survey.phase.message}</p>
      </section>
    )
  }
  const shown = survey.ready ? visibleQuestions(questions, survey.answers) : questions
  const problemsOf = (key: string) => survey.errors.filter((error) => error.field === `answers.${key}`).map((error) => error.message)
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (!(await survey.submit())) requestAnimationFrame(() => summary.current?.focus())
  }
  return (
    <form className="message-form survey-form" noValidate onSubmit={onSubmit} aria-describedby={`${idBase}-status`}>
      {survey.errors.length > 0 && <ErrorSummary errors={survey.errors} idBase={idBase} summary={summary} />}
      <fieldset disabled={!survey.ready || survey.sending}>
        <legend>问卷题目（共 {questions.length} 题）</legend>
        {shown.map((question) => (
          <SurveyQuestionField
            key={question.key}
            question={question}
            number={questions.indexOf(question) + 1}
            idBase={idBase}
            value={survey.answers[question.key]}
            onChange={survey.answer}
            problems={problemsOf(question.key)}
            condition={conditionNote(questions, question)}
            speakable={survey.ready && survey.speakable}
          />
        ))}
        <div className="form-trap" aria-hidden="true">
          <label htmlFor={`${idBase}-honeypot`}>网址（请留空）</label>
          <input
            id={`${idBase}-honeypot`}
            name={props.honeypotField}
            tabIndex={-1}
            autoComplete="off"
            value={survey.honeypot}
            onChange={(event) => survey.setHoneypot(event.target.value)}
          />
        </div>
        <label className="choice consent">
          <input
            type="checkbox"
            name="consent"
            checked={survey.consent}
            aria-invalid={survey.errors.some((error) => error.field === 'consent') ? true : undefined}
            onChange={(event) => survey.setConsent(event.target.checked)}
          />
          我已阅读并同意上方的《个人信息告知》
        </label>
        <div className="altcha-holder" ref={survey.altcha.holder} />
        <button type="submit">提交问卷</button>
      </fieldset>
      <p id={`${idBase}-status`} className="form-status" aria-live="polite">
        {statusText(survey.ready, survey.sending, survey.altcha.state)}
      </p>
    </form>
  )
}
