/**
 * A survey's results for staff, off the public prefix (the intranet keeps them):
 * GET /api/surveys/:id/results[?area=&channel=] (counts, for the admin's panel),
 * GET /api/surveys/:id/export?format=csv|xlsx, and POST /api/surveys/:id/results-article
 * (a draft 「征集结果与采纳情况」 article, which goes through review like any other).
 * Staff read all; a community worker only their own area's counts, and no export.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { relationId } from '../../../contract/relations'
import { hasRole } from '../../access/roles'
import { attachment, beijingTime } from '../../common/csv'
import { answerTable, toCsv, toXlsx } from './export'
import { publishedSurvey } from './published'
import { type ResultsFilter, surveyResults } from './results'
import { resultsArticle } from './resultsArticle'
import { RESPONSES_SLUG } from './SurveyResponses'

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

async function surveyOf(req: PayloadRequest) {
  const id = Number(req.routeParams?.id)
  return Number.isInteger(id) ? publishedSurvey(req.payload, { id }) : null
}

/** The filter a person may ask for: staff any, a community worker their own area only. */
function filterFor(req: PayloadRequest): ResultsFilter | null {
  const query = new URL(req.url ?? '', 'http://cms.local').searchParams
  const channel = query.get('channel') || null
  const asked = Number(query.get('area')) || null
  if (hasRole(req.user, 'admin', 'editor', 'reviewer')) return { area: asked, channel }
  if (req.user?.role === 'community' && req.user.area != null) return { area: relationId(req.user.area), channel }
  return null
}

const NOT_PUBLISHED = '这份问卷还没有发布，没有结果。'

const results: Endpoint = {
  path: '/:id/results',
  method: 'get',
  handler: async (req) => {
    const filter = filterFor(req)
    if (!filter) return refuse(403, '没有查看问卷结果的权限。')
    const survey = await surveyOf(req)
    if (!survey) return refuse(404, NOT_PUBLISHED)
    return Response.json({
      survey: { title: survey.title, state: survey.state },
      ...(await surveyResults(req.payload, survey.id, survey.questions, filter)),
    })
  },
}

const exportAnswers: Endpoint = {
  path: '/:id/export',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor', 'reviewer')) return refuse(403, '只有工作人员可以导出答卷。')
    const survey = await surveyOf(req)
    if (!survey) return refuse(404, NOT_PUBLISHED)
    const format = new URL(req.url ?? '', 'http://cms.local').searchParams.get('format') === 'xlsx' ? 'xlsx' : 'csv'
    const { docs } = await req.payload.find({
      collection: RESPONSES_SLUG,
      where: { survey: { equals: survey.id } },
      pagination: false,
      depth: 0,
      sort: 'receivedAt',
      overrideAccess: true,
    })
    const { docs: areas } = await req.payload.find({ collection: 'areas', pagination: false, depth: 0, select: { name: true } })
    const table = answerTable(survey.questions, docs, (id) => areas.find((area) => area.id === id)?.name ?? '')
    const day = beijingTime(new Date().toISOString()).slice(0, 10).replaceAll('-', '')
    const headers = {
      'cache-control': 'no-store',
      'content-disposition': attachment(`survey-${survey.id}-${day}.${format}`, `${survey.title}-答卷-${day}.${format}`),
    }
    if (format === 'csv') return new Response(toCsv(table), { headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' } })
    const workbook = await toXlsx(table, await surveyResults(req.payload, survey.id, survey.questions))
    return new Response(new Uint8Array(workbook), {
      headers: { ...headers, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    })
  },
}

const article: Endpoint = {
  path: '/:id/results-article',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor')) return refuse(403, '只有编辑和管理员可以生成结果文章。')
    const survey = await surveyOf(req)
    if (!survey) return refuse(404, NOT_PUBLISHED)
    const made = await resultsArticle(req, survey, await surveyResults(req.payload, survey.id, survey.questions))
    return Response.json({ article: { id: made.id } }, { status: 201 })
  },
}

export const surveyResultsEndpoints = [results, exportAnswers, article]
