/**
 * 入户代填 on the public prefix, for the site's /field/ page on a worker's phone, with the
 * 代填授权 as a Bearer token: the surveys open to it, and the sync of the answers queued on
 * the phone. A sync is idempotent — each sheet carries the phone's own id, and one already
 * here is reported as a duplicate, not saved twice — and answers item by item, so one bad
 * sheet never holds back the rest. Every sheet is saved through the gate, whose hooks check
 * the token, the household's area and one answer per household again.
 */
import type { PayloadRequest } from 'payload'

import { FIELD_SYNC_LIMIT, type FieldItem, type FieldItemResult } from '../../../contract/participation'
import { checkAnswers } from '../../../contract/surveys'
import { addressOf } from '../../server/clientAddress'
import { Answer, endpoint, fail, jsonBody } from '../api'
import { bearerOf, verifyFieldToken } from '../gate/fieldToken'
import { GATE_CONTEXT, type GateEvidence } from '../gate/gate'
import { publishedSurvey, publishedSurveys } from './published'
import { coversArea } from './responseHooks'
import { RESPONSES_SLUG } from './SurveyResponses'

const existing = async (req: PayloadRequest, clientId: string) =>
  (
    await req.payload.find({
      collection: RESPONSES_SLUG,
      where: { clientId: { equals: clientId } },
      limit: 1,
      depth: 0,
      select: { reference: true },
      overrideAccess: true,
    })
  ).docs[0]

/** The sheet as the phone sent it, its known parts only (anything else a caller adds is not passed on). */
function itemOf(raw: unknown): FieldItem | null {
  const item = raw as Partial<FieldItem> | null
  if (!item || typeof item !== 'object') return null
  const text = (value: unknown): value is string => typeof value === 'string' && value.length <= 200
  const { clientId, survey, household, filledAt, answers } = item
  if (!text(clientId) || !text(survey) || !text(household) || !text(filledAt)) return null
  if (!answers || typeof answers !== 'object') return null
  return { clientId, survey, household, filledAt, answers, channel: item.channel === 'paper' ? 'paper' : 'proxy' }
}

const refused = (clientId: string, code: number, message: string): FieldItemResult => ({ clientId, status: 'refused', code, message })

async function syncOne(req: PayloadRequest, token: string, raw: unknown): Promise<FieldItemResult> {
  const item = itemOf(raw)
  const clientId = String((raw as { clientId?: unknown } | null)?.clientId ?? '')
  if (!item) return refused(clientId, 400, '答卷格式不正确，请更新代填页面后重试。')
  const before = await existing(req, item.clientId)
  if (before) return { clientId, status: 'duplicate', reference: before.reference ?? '' }
  const survey = await publishedSurvey(req.payload, { slug: item.survey })
  if (!survey) return refused(clientId, 404, '没有找到这份问卷，可能已经撤下。')
  const checked = checkAnswers(survey.questions, item.answers)
  if (!checked.answers) return refused(clientId, 400, checked.problems.map((problem) => problem.message).join('；'))
  const evidence: GateEvidence = {
    form: 'surveys',
    altcha: undefined,
    honeypot: undefined,
    address: addressOf(req.headers),
    deviceToken: null,
    fieldToken: token,
  }
  try {
    const doc = await req.payload.create({
      collection: RESPONSES_SLUG,
      data: { ...item, survey: survey.id, answers: checked.answers } as never,
      context: { [GATE_CONTEXT]: evidence },
      overrideAccess: true,
      depth: 0,
    })
    return { clientId, status: 'accepted', reference: doc.reference ?? '' }
  } catch (error) {
    // Two syncs of the same sheet at once: the one that lost finds the other's.
    const raced = await existing(req, item.clientId)
    if (raced) return { clientId, status: 'duplicate', reference: raced.reference ?? '' }
    const known = error as { status?: number; message?: string; data?: { errors?: { message: string }[] } }
    const message = known.data?.errors?.map((problem) => problem.message).join('；') || known.message || '没有保存成功。'
    return refused(clientId, known.status ?? 500, message)
  }
}

const sync = endpoint('/field/sync', 'post', async (req) => {
  const token = bearerOf(req.headers)
  await verifyFieldToken(req.payload, token)
  const body = await jsonBody(req)
  const items = Array.isArray(body.items) ? body.items : null
  if (!items || items.length === 0) return fail(400, '没有要同步的答卷。')
  if (items.length > FIELD_SYNC_LIMIT) return fail(413, `一次最多同步 ${FIELD_SYNC_LIMIT} 份答卷，请分批同步。`)
  const results: FieldItemResult[] = []
  for (const item of items) results.push(await syncOne(req, token as string, item))
  return new Answer(200, { results })
})

/** The surveys a worker may fill in at the doors now: published, open, taking 代填. */
const openSurveys = endpoint('/field/surveys', 'get', async (req) => {
  const worker = await verifyFieldToken(req.payload, bearerOf(req.headers))
  const open = (await publishedSurveys(req.payload, { allowProxy: { not_equals: false } })).filter(({ state }) => state === 'open')
  const surveys = []
  for (const survey of open) if (await coversArea(req.payload, survey, worker.area)) surveys.push(survey)
  const area = await req.payload.findByID({ collection: 'areas', id: worker.area, depth: 0, overrideAccess: true, disableErrors: true })
  return new Answer(200, { area: area?.name ?? '', surveys })
})

export const fieldEndpoints = [openSurveys, sync]
