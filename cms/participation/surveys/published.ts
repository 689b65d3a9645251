/**
 * A survey as residents answer it: its published version only (an editor's unreviewed
 * draft never changes what is asked or accepted), read into the shared question list.
 */
import type { Payload, Where } from 'payload'

import type { Survey } from '../../../contract/payload-types'
import { relationId } from '../../../contract/relations'
import { type QuestionBlock, readQuestions } from '../../../contract/surveyDefinition'
import { type SurveyQuestion, type SurveyState, surveyState } from '../../../contract/surveys'

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

/** The published survey with this slug (or id), as the public may read it; null when there is none. */
export async function publishedSurvey(payload: Payload, by: { slug: string } | { id: number }, now = new Date()) {
  const where: Where = 'slug' in by ? { slug: { equals: by.slug } } : { id: { equals: by.id } }
  const { docs } = await payload.find({
    collection: 'surveys',
    where: { and: [where, { _status: { equals: 'published' } }] },
    draft: false,
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ? answered(docs[0], now) : null
}
