/**
 * 征集调查: the list of published surveys (open ones first, then those about to open, then
 * closed ones) and each survey's page with its notice and its form (an island), and beside
 * it the survey's paper questionnaire (纸质问卷, an A4 PDF), reprinted only when the survey,
 * the settings or the questionnaire's code change. Which
 * group a survey is in is read when the site is built; each survey's page asks the API
 * whether it takes answers now, so an older page never takes an answer out of time.
 */
import { config } from '../../contract/config.ts'
import { questionnairePath } from '../../contract/print.ts'
import { type PublicSurvey, type SurveyState, surveyState } from '../../contract/surveys.ts'
import { surveyFormProps } from '../islands/surveyForm.ts'
import { paths } from '../settings.ts'
import type { SurveyGroup } from '../views/props.ts'
import { digest, digestOf, fileOf, type Plan, page } from './keys.ts'
import type { IslandBundle } from './participation.ts'

const GROUPS: { state: SurveyState; heading: string }[] = [
  { state: 'open', heading: '正在征集' },
  { state: 'notYet', heading: '即将开始' },
  { state: 'closed', heading: '已经结束' },
]

function groupsOf(surveys: PublicSurvey[], now: Date): SurveyGroup[] {
  return GROUPS.map(({ state, heading }) => {
    const inGroup = surveys.filter((survey) => surveyState(survey, now) === state)
    // Open: the nearest close first. About to open: the nearest start first. Closed: the latest first.
    const order = (a: PublicSurvey, b: PublicSurvey) =>
      state === 'open'
        ? a.closesAt.localeCompare(b.closesAt)
        : state === 'notYet'
          ? a.opensAt.localeCompare(b.opensAt)
          : b.closesAt.localeCompare(a.closesAt)
    return {
      state,
      heading,
      surveys: inGroup.sort(order).map((survey) => ({
        href: paths.survey(survey.slug),
        title: survey.title,
        area: survey.area?.name ?? null,
        opensAt: survey.opensAt,
        closesAt: survey.closesAt,
      })),
    }
  })
}

export function planSurveys(plan: Plan, islands: IslandBundle, now = new Date()): void {
  const title = '征集调查'
  const list = { href: paths.surveys, label: title }
  plan.add(
    page(paths.surveys, 'SurveysPage', {
      site: plan.site,
      title,
      crumbs: [plan.home, { href: null, label: title }],
      groups: groupsOf(plan.content.surveys, now),
    }),
  )
  for (const survey of plan.content.surveys) {
    const { questions: _questions, ...about } = survey
    const questionnaire = questionnairePath(survey.slug)
    plan.add(
      { kind: 'questionnaire', path: fileOf(questionnaire), survey, site: plan.site },
      digest(plan.versions.print.questionnaire, 'questionnaire', plan.siteKey, digestOf(survey)),
    )
    plan.add(
      page(
        paths.survey(survey.slug),
        'SurveyPage',
        {
          site: plan.site,
          islands: islands.assets,
          crumbs: [plan.home, list, { href: null, label: survey.title }],
          survey: about,
          questionnaire,
          form: surveyFormProps(config().participationUrl, paths.receipt, survey),
        },
        [questionnaire],
      ),
    )
  }
}
