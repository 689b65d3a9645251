/**
 * One question of the 民意征集 form, by its kind: single choice as large radio rows,
 * multiple as checkboxes (no more than maxChoices), a rating as five large buttons with
 * the words for 1 and 5, text with a counter, a matrix as one group per row with the
 * columns as radios (wrapping, so 390 px never scrolls sideways). Each question keeps its
 * number whether or not the ones before it are shown, and has a 朗读 button where the
 * browser can speak.
 */
import type { RefObject } from 'react'

import { type Choice, RATING_VALUES, SURVEY_LIMITS, type SurveyQuestion, showIfWords } from '../../contract/surveys.ts'
import type { SendError } from './send.ts'
import { speak, spokenText } from './speak.ts'
import type { SurveyDraft } from './surveyTypes.ts'

type Value = SurveyDraft['answers'][string] | undefined
interface FieldProps<Q extends SurveyQuestion = SurveyQuestion> {
  question: Q
  /** Unique prefix of this question's element ids and input names. */
  id: string
  value: Value
  onChange: (value: Value) => void
  labelledBy: string
}

function ChoiceRows({ question, id, value, onChange }: FieldProps<Extract<SurveyQuestion, { kind: 'single' | 'multiple' }>>) {
  const single = question.kind === 'single'
  const picked = single ? (typeof value === 'string' ? [value] : []) : Array.isArray(value) ? value : []
  const full = question.kind === 'multiple' && !!question.maxChoices && picked.length >= question.maxChoices
  const toggle = (option: string, checked: boolean) =>
    onChange(single ? option : checked ? [...picked, option] : picked.filter((item) => item !== option))
  return (
    <div className="choice-rows">
      {question.options.map((option) => (
        <label key={option.value} className="choice-row">
          <input
            type={single ? 'radio' : 'checkbox'}
            name={id}
            value={option.value}
            checked={picked.includes(option.value)}
            disabled={full && !picked.includes(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  )
}

function RatingButtons({ question, id, value, onChange }: FieldProps<Extract<SurveyQuestion, { kind: 'rating' }>>) {
  return (
    <>
      <div className="rating-buttons">
        {RATING_VALUES.map((rating) => (
          <label key={rating} className="rating-button">
            <input type="radio" name={id} value={rating} checked={value === rating} onChange={() => onChange(rating)} />
            <span>{rating}分</span>
          </label>
        ))}
      </div>
      <p className="rating-ends">
        <span>1分：{question.low}</span>
        <span>5分：{question.high}</span>
      </p>
    </>
  )
}

function TextAnswer({ question, id, value, onChange, labelledBy }: FieldProps<Extract<SurveyQuestion, { kind: 'short' | 'long' }>>) {
  const text = typeof value === 'string' ? value : ''
  const max = SURVEY_LIMITS[question.kind]
  const common = {
    id: `${id}-text`,
    name: id,
    value: text,
    maxLength: max,
    'aria-labelledby': labelledBy,
    'aria-describedby': `${id}-count`,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  }
  return (
    <>
      {question.kind === 'long' ? <textarea {...common} rows={5} /> : <input {...common} type="text" />}
      <p id={`${id}-count`} className="text-counter">
        已写 {text.length} 字，最多 {max} 字
      </p>
    </>
  )
}

function MatrixRows({ question, id, value, onChange }: FieldProps<Extract<SurveyQuestion, { kind: 'matrix' }>>) {
  const picked = value && typeof value === 'object' && !Array.isArray(value) ? value : {}
  const pick = (row: Choice, column: Choice) => onChange({ ...picked, [row.value]: column.value })
  return (
    <div className="matrix-rows">
      {question.rows.map((row) => (
        <fieldset key={row.value} className="matrix-row">
          <legend>{row.label}</legend>
          <div className="matrix-columns">
            {question.columns.map((column) => (
              <label key={column.value} className="matrix-column">
                <input
                  type="radio"
                  name={`${id}-${row.value}`}
                  value={column.value}
                  checked={picked[row.value] === column.value}
                  onChange={() => pick(row, column)}
                />
                <span>{column.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  )
}

function Answer(props: FieldProps) {
  const { question } = props
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return <ChoiceRows {...props} question={question} />
    case 'rating':
      return <RatingButtons {...props} question={question} />
    case 'short':
    case 'long':
      return <TextAnswer {...props} question={question} />
    case 'matrix':
      return <MatrixRows {...props} question={question} />
  }
}

/** 「第2题选了“1分”或“2分”时回答」: said next to a follow-up, so a page without scripts reads sensibly too. */
export function conditionNote(questions: readonly SurveyQuestion[], question: SurveyQuestion): string | null {
  const rule = showIfWords(questions, question)
  return rule ? `第${rule.number}题选了${rule.answers.map((label) => `“${label}”`).join('或')}时回答` : null
}

interface QuestionProps {
  question: SurveyQuestion
  number: number
  idBase: string
  value: Value
  onChange: (key: string, value: Value) => void
  problems: string[]
  condition: string | null
  speakable: boolean
}

export function SurveyQuestionField({ question, number, idBase, value, onChange, problems, condition, speakable }: QuestionProps) {
  const id = `${idBase}-q-${question.key}`
  const kind = question.kind === 'multiple' && question.maxChoices ? `多选，最多选 ${question.maxChoices} 项` : null
  return (
    <fieldset
      className="survey-question"
      id={id}
      aria-invalid={problems.length > 0 ? true : undefined}
      aria-describedby={problems.length > 0 ? `${id}-error` : undefined}
    >
      <legend id={`${id}-label`}>
        <span className="question-number">第{number}题</span> {question.label}
        {question.required ? <span className="question-required">（必答）</span> : <span className="question-optional">（选答）</span>}
      </legend>
      {(question.help || kind || condition) && (
        <p className="question-help">{[condition ? `${condition}。` : '', kind ? `${kind}。` : '', question.help ?? ''].join('')}</p>
      )}
      <button type="button" className="question-speak" hidden={!speakable} onClick={() => speak(spokenText(number, question))}>
        朗读本题
      </button>
      <Answer question={question} id={id} value={value} onChange={(next) => onChange(question.key, next)} labelledBy={`${id}-label`} />
      {problems.length > 0 && (
        <p id={`${id}-error`} className="question-error">
          {problems.join('；')}
        </p>
      )}
    </fieldset>
  )
}

/** The problems above the form, each linked to its question; `heading` says what did not happen (提交, 保存). */
export function ErrorSummary({
  errors,
  idBase,
  summary,
  heading = '问卷还没有提交，请看下面标出的题目：',
}: {
  errors: SendError[]
  idBase: string
  summary: RefObject<HTMLDivElement | null>
  heading?: string
}) {
  const anchor = (field?: string) => (field?.startsWith('answers.') ? `#${idBase}-q-${field.slice('answers.'.length)}` : null)
  return (
    <div className="form-errors" role="alert" ref={summary} tabIndex={-1}>
      <p>{heading}</p>
      <ul>
        {errors.map((error) => {
          const href = anchor(error.field)
          return <li key={`${error.field ?? ''}${error.message}`}>{href ? <a href={href}>{error.message}</a> : error.message}</li>
        })}
      </ul>
    </div>
  )
}
