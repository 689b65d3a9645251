/**
 * What the server writes on an answer sheet, whatever the request sent: the published
 * survey's check, then by channel — online, one per device; 入户代填 and 纸质, one per
 * household of the worker's own area, dated within the survey — then the intake.
 */
import { type CollectionBeforeChangeHook, type Payload, type PayloadRequest, ValidationError } from 'payload'

import { relationId } from '../../../contract/relations'
import { type Answers, checkAnswers, SURVEY_RETENTION_DAYS, SURVEY_STATE_MESSAGES } from '../../../contract/surveys'
import { areasUnder } from '../../common/areaTree'
import { refuse } from '../../common/refuse'
import { after, fillIntake } from '../collections/intake'
import { HOUSEHOLDS_SLUG } from '../field/slugs'
import type { FieldWorker } from '../gate/fieldToken'
import { type GatePass, passOf } from '../gate/gate'
import { type AnsweredSurvey, publishedSurvey } from './published'

/** The words residents wrote (text answers), for the privacy detector. */
export const writtenText = (answers: unknown): string =>
  Object.values((answers ?? {}) as Answers)
    .filter((value): value is string => typeof value === 'string')
    .join('\n')

const intake = fillIntake({ prefix: 'WJ', text: (data) => writtenText(data.answers), keepDays: null })

export const ONE_PER_DEVICE = '这台手机已经填写过这份问卷（每台手机只能提交一次），感谢您的参与！'
export const ONE_PER_HOUSEHOLD = '这一户已经填过这份问卷（每户只计一份）。'
const RESPONSES = 'survey-responses'

const countOf = async (req: PayloadRequest, and: Record<string, unknown>[]) =>
  (await req.payload.count({ collection: RESPONSES, where: { and } as never, overrideAccess: true, req })).totalDocs

/** Whether a survey asks the people of `area`: one for the whole district, or one for an area that contains it. */
export async function coversArea(payload: Payload, survey: AnsweredSurvey, area: number): Promise<boolean> {
  return survey.area === null || (await areasUnder(payload, survey.area)).has(area)
}

/** The area an online answer says it comes from: inside the survey's range, or the survey's own when none is given. */
async function onlineArea(req: PayloadRequest, survey: AnsweredSurvey, given: unknown): Promise<number | null> {
  const area = relationId(given)
  if (area === null || survey.area === null) return area ?? survey.area
  if (!(await coversArea(req.payload, survey, area))) throw refuse('所选区域不在这份问卷的征集范围内，请重新选择。', 400)
  return area
}

async function onlineSheet(req: PayloadRequest, survey: AnsweredSurvey, pass: GatePass, given: unknown) {
  if (survey.state !== 'open') throw refuse(SURVEY_STATE_MESSAGES[survey.state], 409)
  if (!pass.deviceHash) throw refuse('没有收到这台手机的设备标识，无法确认只提交一次：请关闭浏览器的“无痕模式”后刷新页面重试。', 400)
  if (await countOf(req, [{ survey: { equals: survey.id } }, { deviceHash: { equals: pass.deviceHash } }]))
    throw refuse(ONE_PER_DEVICE, 409)
  return { channel: 'online', household: null, worker: null, filledAt: null, clientId: null, area: await onlineArea(req, survey, given) }
}

/** When the worker says it was filled in: within the survey's dates, not in the future; sent at most 30 days after the close. */
function filledWhen(survey: AnsweredSurvey, given: unknown, now = new Date()): string {
  const filled = typeof given === 'string' && !Number.isNaN(Date.parse(given)) ? new Date(given) : now
  if (filled < new Date(survey.opensAt) || filled > new Date(survey.closesAt) || filled.getTime() > now.getTime() + 5 * 60_000) {
    throw refuse('填写时间不在这份问卷的征集时间内，不能计入。', 409)
  }
  if (now > after(new Date(survey.closesAt), SURVEY_RETENTION_DAYS.tracesAfterClose))
    throw refuse('这份问卷截止已超过 30 天，不再接受补录。', 409)
  return filled.toISOString()
}

async function fieldSheet(req: PayloadRequest, survey: AnsweredSurvey, worker: FieldWorker, data: Record<string, unknown>) {
  if (!survey.allowProxy) throw refuse('这份问卷不接受入户代填。', 403)
  if (!(await coversArea(req.payload, survey, worker.area))) throw refuse('这份问卷不在您负责区域的征集范围内，不能代填。', 403)
  const code = typeof data.household === 'string' ? data.household.normalize('NFKC').trim().toUpperCase() : ''
  const { docs } = await req.payload.find({
    collection: HOUSEHOLDS_SLUG,
    where: { code: { equals: code } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const household = docs[0]
  if (!household) throw refuse(`没有户码“${code}”：请核对门牌记录本上的户码。`, 400)
  if (relationId(household.area) !== worker.area) throw refuse(`户码“${code}”不属于您负责的区域，不能代填。`, 403)
  if (await countOf(req, [{ survey: { equals: survey.id } }, { household: { equals: household.id } }])) throw refuse(ONE_PER_HOUSEHOLD, 409)
  const clientId = typeof data.clientId === 'string' && /^[\w-]{8,64}$/.test(data.clientId) ? data.clientId : null
  if (!clientId) throw refuse('答卷缺少手机上的编号，请更新代填页面后重试。', 400)
  return {
    channel: data.channel === 'paper' ? 'paper' : 'proxy',
    household: household.id,
    worker: worker.user,
    filledAt: filledWhen(survey, data.filledAt),
    clientId,
    area: worker.area,
  }
}

export const fillResponse: CollectionBeforeChangeHook = async (args) => {
  const { data, operation, req, collection } = args
  if (operation !== 'create') return data
  const surveyId = relationId(data.survey)
  const survey = surveyId === null ? null : await publishedSurvey(req.payload, { id: surveyId })
  if (!survey) throw refuse('没有找到这份问卷，可能还没有发布或已经撤下。', 404)
  const checked = checkAnswers(survey.questions, data.answers)
  if (!checked.answers) {
    const errors = checked.problems.map(({ field, message }) => ({ path: field, message }))
    throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
  }
  const pass = passOf(req)
  if (!pass) throw new Error('an answer sheet without a gate pass')
  const channel = pass.worker ? await fieldSheet(req, survey, pass.worker, data) : await onlineSheet(req, survey, pass, data.area)
  const sheet = { ...data, answers: checked.answers, ...channel }
  return intake({ ...args, data: sheet })
}
