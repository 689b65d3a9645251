/**
 * 民意征集 as the public reads them: the published survey read into the questions every
 * channel shares (contract/surveyDefinition.ts), so the page, the island and the server
 * check answers against the same list.
 */
import type { Survey } from '../../contract/payload-types.ts'
import { type QuestionBlock, readQuestions } from '../../contract/surveyDefinition.ts'
import type { PublicSurvey } from '../../contract/surveys.ts'
import type { Deriver } from './derive.ts'

/** Through the deriver's lookup, so a renamed area remakes the surveys that name it. */
export function publicSurvey(d: Deriver, doc: Survey): PublicSurvey {
  const area = d.lookup(d.snapshot.areas, doc.area)
  return {
    id: doc.id,
    slug: doc.slug ?? String(doc.id),
    title: doc.title,
    intro: doc.intro?.trim() || null,
    opensAt: doc.opensAt,
    closesAt: doc.closesAt,
    updatedAt: doc.updatedAt,
    area: area ? { id: area.id, name: area.name } : null,
    notice: { collector: doc.notice.collector, purpose: doc.notice.purpose, contact: doc.notice.contact },
    questions: readQuestions(doc.questions as QuestionBlock[]).questions,
  }
}

/** Newest opening first; the list page groups them by state. */
export const byOpening = (surveys: PublicSurvey[]) => [...surveys].sort((a, b) => b.opensAt.localeCompare(a.opensAt) || b.id - a.id)
