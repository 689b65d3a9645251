/**
 * The server's half of the 民意征集 island: its props, from the contract (the bundle never
 * imports contract/participation.ts, so zod stays out of the browser).
 */
import { DEVICE_HEADER, HONEYPOT_FIELD, NOTICE_VERSION } from '../../contract/participation.ts'
import type { PublicSurvey } from '../../contract/surveys.ts'
import type { SurveyFormProps } from './surveyTypes.ts'

/** `participationUrl`: PARTICIPATION_URL, e.g. https://cms.example.cn/api/participation. */
export function surveyFormProps(participationUrl: string, receiptPage: string, survey: PublicSurvey): SurveyFormProps {
  const base = participationUrl.replace(/\/+$/, '')
  const at = `${base}/surveys/${encodeURIComponent(survey.slug)}`
  return {
    idBase: 'survey',
    surveyId: survey.id,
    title: survey.title,
    questions: survey.questions,
    statusUrl: `${at}/status`,
    challengeUrl: `${base}/challenge?form=surveys`,
    submitUrl: `${at}/responses`,
    noticeVersion: NOTICE_VERSION,
    deviceHeader: DEVICE_HEADER,
    honeypotField: HONEYPOT_FIELD,
    receiptPage,
  }
}
