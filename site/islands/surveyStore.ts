/**
 * A survey on this phone (localStorage): the answers given so far, kept until the receipt
 * arrives (like the 留言 draft, draftStore.ts), and after that only the mark that this
 * phone has answered, with its receipt, so the page shows it instead of the form. Consent
 * and the honeypot are never kept. Storage refused (private mode) keeps nothing and breaks
 * nothing: the server still takes one answer per device.
 */
import type { SurveyQuestion } from '../../contract/surveys.ts'
import { forgetDraft } from './draftStore.ts'
import type { Receipt } from './send.ts'
import type { SurveyDraft } from './surveyTypes.ts'

type Answers = SurveyDraft['answers']
const draftKey = (surveyId: number) => `survey-${surveyId}`
const answeredKey = (surveyId: number) => `xhl-answered:${surveyId}`

function read(key: string): unknown {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null')
  } catch {
    return null
  }
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string')
const isRecord = (value: unknown): value is Record<string, string> =>
  !!value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((item) => typeof item === 'string')

/** A kept answer, if it still fits its question (the survey may have been reworded since). */
function keptAnswer(question: SurveyQuestion, value: unknown): Answers[string] | undefined {
  switch (question.kind) {
    case 'multiple':
      return isStrings(value) ? value : undefined
    case 'matrix':
      return isRecord(value) ? value : undefined
    case 'rating':
      return typeof value === 'number' ? value : undefined
    default:
      return typeof value === 'string' ? value : undefined
  }
}

export function loadSurveyDraft(surveyId: number, questions: readonly SurveyQuestion[]): Answers | null {
  const kept = read(`xhl-draft-${draftKey(surveyId)}`) as { answers?: Record<string, unknown> } | null
  if (!kept?.answers || typeof kept.answers !== 'object') return null
  const answers: Answers = {}
  for (const question of questions) {
    const value = keptAnswer(question, kept.answers[question.key])
    if (value !== undefined) answers[question.key] = value
  }
  return answers
}

const given = (value: Answers[string]) =>
  typeof value === 'number' || (typeof value === 'string' ? value !== '' : Object.keys(value).length > 0)

export function saveSurveyDraft(surveyId: number, answers: Answers): void {
  const kept = Object.fromEntries(Object.entries(answers).filter(([, value]) => given(value)))
  try {
    if (Object.keys(kept).length > 0) localStorage.setItem(`xhl-draft-${draftKey(surveyId)}`, JSON.stringify({ answers: kept }))
    else forgetDraft(draftKey(surveyId))
  } catch {}
}

/** After the receipt: the draft goes, the mark (with the receipt to show again) stays. */
export function rememberAnswered(surveyId: number, receipt: Receipt | null): void {
  forgetDraft(draftKey(surveyId))
  try {
    localStorage.setItem(answeredKey(surveyId), JSON.stringify({ receipt }))
  } catch {}
}

/** Null when this phone has not answered; otherwise the receipt it was given (null if it was refused as a second answer). */
export function answeredBefore(surveyId: number): { receipt: Receipt | null } | null {
  const kept = read(answeredKey(surveyId)) as { receipt?: Receipt | null } | null
  if (!kept || typeof kept !== 'object') return null
  const receipt = kept.receipt && typeof kept.receipt.receipt === 'string' ? kept.receipt : null
  return { receipt }
}
