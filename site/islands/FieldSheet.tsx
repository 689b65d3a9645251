/**
 * One household's sheet on the 入户代填 page: the survey, the 户码 (a large input that
 * forgives case, full-width letters and spaces), 入户代填 or 纸质问卷录入, then the
 * survey's questions with the residents' own question UI (SurveyQuestions.tsx) and its
 * skip logic. 保存到手机 checks the answers as the server will (contract/surveys.ts), puts
 * the sheet in the queue with an id of its own and the time, and clears the form for the
 * next household.
 */
import { type FormEvent, useRef, useState } from 'react'

import { type AnswerValue, checkAnswers, visibleQuestions } from '../../contract/surveys.ts'
import { plainHousehold } from './fieldStore.ts'
import type { FieldItem, FieldSurvey, QueuedSheet } from './fieldTypes.ts'
import { conditionNote, ErrorSummary, SurveyQuestionField } from './SurveyQuestions.tsx'
import type { SendError } from './send.ts'
import type { SurveyDraft } from './surveyTypes.ts'

type Answers = SurveyDraft['answers']
type Channel = FieldItem['channel']

interface SheetProps {
  idBase: string
  surveys: FieldSurvey[]
  queue: QueuedSheet[]
  speakable: boolean
  onSave: (item: FieldItem, title: string) => boolean
}

const CHANNELS: { value: Channel; label: string }[] = [
  { value: 'proxy', label: '入户代填' },
  { value: 'paper', label: '纸质问卷录入' },
]

/** What keeps a sheet from being saved: the 户码, then the answers as the server reads them. */
function problemsOf(survey: FieldSurvey, household: string, answers: Answers, queue: QueuedSheet[]): SendError[] {
  const problems: SendError[] = []
  if (!household) problems.push({ field: 'household', message: '请填写户码（门牌记录本上的 6 位字母数字）' })
  else if (queue.some((sheet) => sheet.state !== 'refused' && sheet.item.survey === survey.slug && sheet.item.household === household))
    problems.push({ field: 'household', message: `户码“${household}”的这份问卷已经保存在手机上（每户只计一份）` })
  return [...problems, ...checkAnswers(survey.questions, answers).problems]
}

function useSheet({ surveys, queue, onSave }: SheetProps) {
  const [slug, setSlug] = useState('')
  const [household, setHousehold] = useState('')
  const [channel, setChannel] = useState<Channel>('proxy')
  const [answers, setAnswers] = useState<Answers>({})
  const [errors, setErrors] = useState<SendError[]>([])
  const [saved, setSaved] = useState('')
  const survey = surveys.find((item) => item.slug === slug) ?? surveys[0] ?? null
  const choose = (next: string) => {
    setSlug(next)
    setAnswers({})
    setErrors([])
  }
  const answer = (key: string, value: AnswerValue | undefined) =>
    setAnswers((old) => {
      const next = { ...old }
      if (value === undefined) delete next[key]
      else next[key] = value
      return next
    })
  const save = (): boolean => {
    if (!survey) return false
    const code = plainHousehold(household)
    const problems = problemsOf(survey, code, answers, queue)
    setErrors(problems)
    setSaved('')
    const checked = checkAnswers(survey.questions, answers)
    if (problems.length > 0 || !checked.answers) return false
    const item: FieldItem = {
      clientId: crypto.randomUUID(),
      survey: survey.slug,
      household: code,
      channel,
      filledAt: new Date().toISOString(),
      answers: checked.answers,
    }
    if (!onSave(item, survey.title)) return false
    setSaved(`户码 ${code} 的答卷已保存到手机。请填写下一户。`)
    setHousehold('')
    setAnswers({})
    return true
  }
  return { survey, choose, household, setHousehold, channel, setChannel, answers, answer, errors, saved, save }
}

function SheetHead({ idBase, surveys, sheet }: { idBase: string; surveys: FieldSurvey[]; sheet: ReturnType<typeof useSheet> }) {
  const householdError = sheet.errors.find((error) => error.field === 'household')
  return (
    <>
      <label className="field" htmlFor={`${idBase}-survey`}>
        <span className="field-label">问卷</span>
        <select id={`${idBase}-survey`} value={sheet.survey?.slug ?? ''} onChange={(event) => sheet.choose(event.target.value)}>
          {surveys.map((survey) => (
            <option key={survey.slug} value={survey.slug}>
              {survey.title}
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor={`${idBase}-household`}>
        <span className="field-label">户码</span>
        <input
          id={`${idBase}-household`}
          className="household-input"
          value={sheet.household}
          onChange={(event) => sheet.setHousehold(event.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
          aria-invalid={householdError ? true : undefined}
          aria-describedby={householdError ? `${idBase}-household-error` : undefined}
        />
        {householdError && (
          <span id={`${idBase}-household-error`} className="question-error">
            {householdError.message}
          </span>
        )}
      </label>
      <fieldset className="field-channel">
        <legend>填写方式</legend>
        {CHANNELS.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name={`${idBase}-channel`}
              value={option.value}
              checked={sheet.channel === option.value}
              onChange={() => sheet.setChannel(option.value)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
    </>
  )
}

export function FieldSheet(props: SheetProps) {
  const { idBase, surveys, speakable } = props
  const sheet = useSheet(props)
  const summary = useRef<HTMLDivElement | null>(null)
  const top = useRef<HTMLFormElement | null>(null)
  const survey = sheet.survey
  if (!survey) return null
  const shown = visibleQuestions(survey.questions, sheet.answers)
  const problemsOf = (key: string) => sheet.errors.filter((error) => error.field === `answers.${key}`).map((error) => error.message)
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (sheet.save()) requestAnimationFrame(() => top.current?.scrollIntoView())
    else requestAnimationFrame(() => summary.current?.focus())
  }
  return (
    <form
      className="message-form survey-form field-sheet"
      noValidate
      onSubmit={onSubmit}
      ref={top}
      aria-labelledby={`${idBase}-sheet-heading`}
    >
      <h2 id={`${idBase}-sheet-heading`}>填写一户</h2>
      {sheet.saved && (
        <p className="field-saved" role="status">
          {sheet.saved}
        </p>
      )}
      {sheet.errors.length > 0 && (
        <ErrorSummary errors={sheet.errors} idBase={idBase} summary={summary} heading="答卷还没有保存，请看下面标出的地方：" />
      )}
      <fieldset>
        <legend>{survey.title}</legend>
        <SheetHead idBase={idBase} surveys={surveys} sheet={sheet} />
        {shown.map((question) => (
          <SurveyQuestionField
            key={question.key}
            question={question}
            number={survey.questions.indexOf(question) + 1}
            idBase={idBase}
            value={sheet.answers[question.key]}
            onChange={sheet.answer}
            problems={problemsOf(question.key)}
            condition={conditionNote(survey.questions, question)}
            speakable={speakable}
          />
        ))}
        <button type="submit">保存到手机</button>
      </fieldset>
    </form>
  )
}
