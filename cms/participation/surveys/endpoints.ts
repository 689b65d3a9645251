/**
 * 民意征集's public routes: whether a survey takes answers now (the static page may be older
 * than the survey's dates), and an answer sheet, read against the published questions
 * before the gate spends the resident's challenge, then saved through the gate, whose
 * hooks check it all again.
 */
import { SURVEY_SUBMISSION } from '../../../contract/participation'
import { checkAnswers, SURVEY_STATE_MESSAGES } from '../../../contract/surveys'
import { Answer, endpoint, fail, invalid, jsonBody, submit } from '../api'
import { publishedSurvey } from './published'

const NO_SURVEY = '没有找到这份问卷，可能还没有发布或已经撤下。'
const slugOf = (params: Record<string, unknown> | undefined) => String(params?.slug ?? '').slice(0, 200)

const status = endpoint('/surveys/:slug/status', 'get', async (req) => {
  const survey = await publishedSurvey(req.payload, { slug: slugOf(req.routeParams) })
  if (!survey) return fail(404, NO_SURVEY)
  const message = survey.state === 'open' ? null : SURVEY_STATE_MESSAGES[survey.state]
  return new Answer(200, { state: survey.state, opensAt: survey.opensAt, closesAt: survey.closesAt, message })
})

const respond = endpoint('/surveys/:slug/responses', 'post', async (req) => {
  const parsed = SURVEY_SUBMISSION.safeParse(await jsonBody(req))
  if (!parsed.success) return invalid(parsed.error.issues)
  const survey = await publishedSurvey(req.payload, { slug: slugOf(req.routeParams) })
  if (!survey) return fail(404, NO_SURVEY)
  if (survey.state !== 'open') return fail(409, SURVEY_STATE_MESSAGES[survey.state])
  const checked = checkAnswers(survey.questions, parsed.data.answers)
  if (!checked.answers) return new Answer(400, { errors: checked.problems })
  return submit(req, 'surveys', { ...parsed.data, answers: checked.answers, survey: survey.id })
})

export const surveyEndpoints = [status, respond]
