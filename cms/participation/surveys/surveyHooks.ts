/** What keeps a survey readable and its answers meaningful: questions that read, dates in order, and no answered question taken away. */
import {
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type CollectionBeforeValidateHook,
  ValidationError,
} from 'payload'

import { type QuestionBlock, readQuestions } from '../../../contract/surveyDefinition'
import type { SurveyQuestion } from '../../../contract/surveys'
import { refuse } from '../../common/refuse'

export const checkSurvey: CollectionBeforeValidateHook = ({ data, collection, req }) => {
  if (!data) return data
  // The admin's toast names each error by its label, so the label carries the whole sentence; the
  // path is a field inside the question (an error on the row itself would empty the row in the form).
  const errors: { path: string; label: string; message: string }[] = []
  if (data.questions !== undefined) {
    for (const { number, field, message } of readQuestions(data.questions as QuestionBlock[]).problems) {
      const sentence = `第${number}题：${message}`
      errors.push({ path: `questions.${number - 1}.${field}`, label: sentence, message: sentence })
    }
  }
  if (data.opensAt && data.closesAt && new Date(data.closesAt) <= new Date(data.opensAt)) {
    errors.push({ path: 'closesAt', label: '截止时间应晚于开始时间', message: '截止时间应晚于开始时间' })
  }
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
  return data
}

/** What an answer depends on: each question's kind and its option, row and column values. */
function answeredShape(question: SurveyQuestion): string[] {
  const values = [
    ...('options' in question ? question.options : []),
    ...('rows' in question ? question.rows : []),
    ...('columns' in question ? question.columns : []),
  ]
  const kind = question.kind === 'short' || question.kind === 'long' ? 'text' : question.kind
  return [`${question.key}:${kind}`, ...values.map((choice) => `${question.key}:${choice.value}`)]
}

/** Once a survey has answers, its questions and options may be reworded or added to, but none taken away or changed in kind. */
export const keepAnsweredStructure: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc || data.questions === undefined) return data
  const answered = await req.payload.count({ collection: 'survey-responses', where: { survey: { equals: originalDoc.id } }, req })
  if (answered.totalDocs === 0) return data
  const before = readQuestions(originalDoc.questions).questions.flatMap(answeredShape)
  const after = new Set(readQuestions(data.questions).questions.flatMap(answeredShape))
  if (before.every((part) => after.has(part))) return data
  throw refuse(
    `这份问卷已经收到 ${answered.totalDocs} 份答卷：题目和选项可以改文字、可以增加，但不能删除，也不能改变题型（会让已收到的答案对不上）。需要大改时，请另建一份新问卷。`,
  )
}

/** A deleted survey takes its answers with it (before it goes: the database would only unlink them). */
export const forgetAnswers: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'survey-responses', where: { survey: { equals: id } }, req, overrideAccess: true })
}
