/**
 * 征集结果: a survey's answers counted — how many came by each channel and from each area,
 * and for every question how many answered and what: options (with shares), ratings (with
 * the mean), matrix rows by column, and for text the number of answers with a few of them,
 * personal data masked. Counted from the published questions, so labels are today's.
 */
import type { Payload, Where } from 'payload'

import type { SurveyResponse } from '../../../contract/payload-types'
import { relationId } from '../../../contract/relations'
import { type Answers, RATING_VALUES, SURVEY_CHANNELS, type SurveyQuestion } from '../../../contract/surveys'
import { maskPrivateData } from '../../privacy/detector'
import { RESPONSES_SLUG } from './SurveyResponses'

export interface Count {
  label: string
  count: number
}

export interface QuestionResult {
  key: string
  number: number
  label: string
  kind: SurveyQuestion['kind']
  answered: number
  /** Options, ratings 1–5, or (matrix) nothing. */
  counts: Count[]
  /** Ratings: the mean, to one decimal. */
  mean: number | null
  /** Matrix: each row's counts by column. */
  rows: { label: string; counts: Count[] }[]
  /** Text: up to 20 answers, newest first, masked. */
  texts: string[]
}

export interface SurveyResults {
  total: number
  channels: Count[]
  areas: Count[]
  questions: QuestionResult[]
}

export interface ResultsFilter {
  area?: number | null
  channel?: string | null
}

const tally = (labels: { value: string; label: string }[], values: string[]): Count[] =>
  labels.map(({ value, label }) => ({ label, count: values.filter((given) => given === value).length }))

function questionResult(question: SurveyQuestion, index: number, sheets: Answers[]): QuestionResult {
  const given = sheets.map((sheet) => sheet[question.key]).filter((answer) => answer !== undefined)
  const result: QuestionResult = {
    key: question.key,
    number: index + 1,
    label: question.label,
    kind: question.kind,
    answered: given.length,
    counts: [],
    mean: null,
    rows: [],
    texts: [],
  }
  if (question.kind === 'single' || question.kind === 'multiple') result.counts = tally(question.options, given.flat().map(String))
  if (question.kind === 'rating') {
    const ratings = given.map(Number)
    result.counts = RATING_VALUES.map((value) => ({ label: `${value} 分`, count: ratings.filter((rating) => rating === value).length }))
    result.mean = ratings.length ? Math.round((ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length) * 10) / 10 : null
  }
  if (question.kind === 'matrix') {
    const picks = given as Record<string, string>[]
    result.rows = question.rows.map((row) => ({
      label: row.label,
      counts: tally(
        question.columns,
        picks.map((pick) => pick[row.value]).filter((value): value is string => Boolean(value)),
      ),
    }))
  }
  if (question.kind === 'short' || question.kind === 'long') result.texts = given.slice(0, 20).map((text) => maskPrivateData(String(text)))
  return result
}

async function byArea(payload: Payload, docs: Pick<SurveyResponse, 'area'>[]): Promise<Count[]> {
  const counts = new Map<number | null, number>()
  for (const doc of docs) counts.set(relationId(doc.area), (counts.get(relationId(doc.area)) ?? 0) + 1)
  const ids = [...counts.keys()].filter((id): id is number => id !== null)
  const { docs: areas } = await payload.find({ collection: 'areas', where: { id: { in: ids } }, pagination: false, depth: 0 })
  const name = (id: number | null) => areas.find((area) => area.id === id)?.name ?? '未填写'
  return [...counts.entries()].map(([id, count]) => ({ label: name(id), count })).sort((a, b) => b.count - a.count)
}

/** The results of a survey's answers (those matching `filter`), counted against `questions`. */
export async function surveyResults(
  payload: Payload,
  surveyId: number,
  questions: SurveyQuestion[],
  filter: ResultsFilter = {},
): Promise<SurveyResults> {
  const where: Where[] = [{ survey: { equals: surveyId } }]
  if (filter.area) where.push({ area: { equals: filter.area } })
  if (filter.channel) where.push({ channel: { equals: filter.channel } })
  const { docs } = await payload.find({
    collection: RESPONSES_SLUG,
    where: { and: where },
    pagination: false,
    depth: 0,
    sort: '-receivedAt',
    select: { answers: true, channel: true, area: true },
    overrideAccess: true,
  })
  const sheets = docs.map((doc) => (doc.answers ?? {}) as Answers)
  return {
    total: docs.length,
    channels: tally(
      SURVEY_CHANNELS.map(({ value, label }) => ({ value, label })),
      docs.map((doc) => doc.channel),
    ),
    areas: await byArea(payload, docs),
    questions: questions.map((question, index) => questionResult(question, index, sheets)),
  }
}
