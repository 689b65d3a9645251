/** What the 民意征集 island is given (plain data; the server fills it in surveyForm.ts). */
import type { SurveyQuestion } from '../../contract/surveys.ts'

export interface SurveyFormProps {
  /** Prefix of every element id in the form (no useId: the same on the server and in the browser). */
  idBase: string
  /** Keys the draft and the answered mark on this phone. */
  surveyId: number
  title: string
  questions: SurveyQuestion[]
  /** GET: whether the survey takes answers now (the page may be older than its dates). */
  statusUrl: string
  challengeUrl: string
  /** POST, JSON `{ answers, consent, altcha }`: 201 with a receipt, 4xx with `{ errors }`. */
  submitUrl: string
  noticeVersion: string
  deviceHeader: string
  honeypotField: string
  /** 查询回执, where the receipt code withdraws the answers. */
  receiptPage: string
}

/** What the resident has given so far: answers by question key ('' or [] or {} while unanswered). */
export interface SurveyDraft {
  answers: Record<string, string | string[] | number | Record<string, string>>
  consent: boolean
  honeypot: string
}
