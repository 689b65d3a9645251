/**
 * A survey as residents answer it: its published version only (an editor's unreviewed
 * draft never changes what is asked or accepted), read into the shared question list.
 */
import type { Payload, Where } from 'payload'

import type { Survey } from '../../../contract/payload-types'
import { relationId } from '../../../contract/relations'
import { type QuestionBlock, readQuestions } from '../../../contract/surveyDefinition'
import { type SurveyQuestion, type SurveyState, surveyState } from '../../../contract/surveys'
import { publishedDocs, type Which, whereWhich } from '../published'

export interface AnsweredSurvey {
  id: number
  slug: string
  title: string
  area: number | null
  opensAt: string
  closesAt: string
  allowProxy: boolean
  questions: SurveyQuestion[]
  state: SurveyState
}

function answered(doc: Survey, now: Date): AnsweredSurvey {
  return {
    id: doc.id,
    slug: doc.slug ?? String(doc.id),
    title: doc.title,
    area: relationId(doc.area),
    opensAt: doc.opensAt,
    closesAt: doc.closesAt,
    allowProxy: doc.allowProxy !== false,
    questions: readQuestions(doc.questions as QuestionBlock[]).questions,
    state: surveyState(doc, now),
  }
}

/** The published surveys matching `where`, as the public may read them (one query, however many). */
export async function publishedSurveys(payload: Payload, where: Where, now = new Date(), limit = 0): Promise<AnsweredSurvey[]> {
  return (await publishedDocs(payload, 'surveys', where, limit)).map((doc) => answered(doc, now))
}

/** The published survey with this slug (or id), as the public may read it; null when there is none. */
export async function publishedSurvey(payload: Payload, by: Which, now = new Date()) {
  return (await publishedSurveys(payload, whereWhich(by), now, 1))[0] ?? null
}
