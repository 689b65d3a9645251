/** What the server writes on an answer sheet, whatever the request sent: the published survey's check, one per device, the intake. */
import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { relationId } from '../../../contract/relations'
import { type Answers, checkAnswers, SURVEY_STATE_MESSAGES } from '../../../contract/surveys'
import { refuse } from '../../common/refuse'
import { fillIntake } from '../collections/intake'
import { passOf } from '../gate/gate'
import { publishedSurvey } from './published'

/** The words residents wrote (text answers), for the privacy detector. */
export const writtenText = (answers: unknown): string =>
  Object.values((answers ?? {}) as Answers)
    .filter((value): value is string => typeof value === 'string')
    .join('\n')

const intake = fillIntake({ prefix: 'WJ', text: (data) => writtenText(data.answers), keepDays: null })

export const ONE_PER_DEVICE = '这台手机已经填写过这份问卷（每台手机只能提交一次），感谢您的参与！'

export const fillResponse: CollectionBeforeChangeHook = async (args) => {
  const { data, operation, req, collection } = args
  if (operation !== 'create') return data
  const surveyId = relationId(data.survey)
  const survey = surveyId === null ? null : await publishedSurvey(req.payload, { id: surveyId })
  if (!survey) throw refuse('没有找到这份问卷，可能还没有发布或已经撤下。', 404)
  if (survey.state !== 'open') throw refuse(SURVEY_STATE_MESSAGES[survey.state], 409)
  const checked = checkAnswers(survey.questions, data.answers)
  if (!checked.answers) {
    const errors = checked.problems.map(({ field, message }) => ({ path: field, message }))
    throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
  }
  const deviceHash = passOf(req)?.deviceHash
  if (!deviceHash) throw refuse('没有收到这台手机的设备标识，无法确认只提交一次：请关闭浏览器的“无痕模式”后刷新页面重试。', 400)
  const { totalDocs } = await req.payload.count({
    collection: collection.slug as 'survey-responses',
    where: { and: [{ survey: { equals: survey.id } }, { deviceHash: { equals: deviceHash } }] },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) throw refuse(ONE_PER_DEVICE, 409)
  const sheet = { ...data, answers: checked.answers, channel: 'online', area: relationId(data.area) ?? survey.area }
  return intake({ ...args, data: sheet })
}
