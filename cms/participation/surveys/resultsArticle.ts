/**
 * 一键生成「征集结果与采纳情况」: a draft article with what the survey asked and what
 * residents answered — totals by channel, each question's counts with shares, rating means,
 * matrix rows — and a place for the office to write what it adopts. It is an ordinary
 * article draft: it goes through review (错敏字, privacy) like any other. Each choice and
 * rating question gets its chart as a picture, drawn by the print studio in Chromium with
 * the embedded Chinese font (ops/preview.ts `POST /chart`) and kept in 媒体 with the counts
 * as its alternative text; when that service is down the article comes without pictures
 * and says so. Residents' own
 * words are not quoted (an editor picks and masks quotes by hand); areas with fewer than
 * five answers are not shown, so no small group can be picked out.
 */
import type { PayloadRequest } from 'payload'

import type { SurveyChart } from '../../../contract/surveys'
import { longDate } from '../../../contract/time'
import { callPreviewService } from '../../print/previewService'
import { paragraphsAndImages } from '../../seed/richText'
import type { AnsweredSurvey } from './published'
import type { Count, QuestionResult, SurveyResults } from './results'

/** Smallest group shown in public text. */
export const SMALLEST_GROUP = 5

const share = (count: number, of: number) => (of ? `${Math.round((count / of) * 100)}%` : '0%')
const counted = (counts: Count[], of: number) =>
  counts
    .filter((count) => count.count > 0)
    .sort((a, b) => b.count - a.count)
    .map((count) => `${count.label} ${count.count} 人（${share(count.count, of)}）`)
    .join('，')

function questionLine(question: QuestionResult): string {
  const head = `第${question.number}题“${question.label}”，${question.answered} 人作答`
  if (question.answered === 0) return `${head}。`
  if (question.kind === 'rating') return `${head}，平均 ${question.mean} 分：${counted(question.counts, question.answered)}。`
  if (question.kind === 'matrix') {
    const rows = question.rows.map((row) => `${row.label}——${counted(row.counts, question.answered)}`)
    return `${head}：${rows.join('；')}。`
  }
  if (question.kind === 'short' || question.kind === 'long') return `${head}，收到文字意见 ${question.answered} 条。`
  return `${head}：${counted(question.counts, question.answered)}。`
}

export const NO_CHARTS = '【图表没有生成（打印预览服务没有运行），可稍后删除本文重新生成。】'

const chartOf = (question: QuestionResult): SurveyChart | null =>
  question.counts.length > 0 && question.answered > 0
    ? {
        title: `第${question.number}题 ${question.label}`,
        note: `${question.answered} 人作答${question.mean === null ? '' : ` · 平均 ${question.mean} 分`}`,
        bars: question.counts,
        of: question.answered,
      }
    : null

/** The chart of a question as a 媒体 image, or null when it has none or the print studio cannot draw it. */
async function chartImage(req: PayloadRequest, survey: AnsweredSurvey, question: QuestionResult): Promise<number | null> {
  const chart = chartOf(question)
  if (!chart) return null
  const drawn = await callPreviewService(req, '/chart', { body: JSON.stringify(chart), passedOn: ['content-type'], timeoutMs: 60_000 })
  if (!drawn.ok) return null
  const data = Buffer.from(await drawn.arrayBuffer())
  const media = await req.payload.create({
    collection: 'media',
    data: { alt: questionLine(question).slice(0, 300), credit: '居民问卷统计' },
    file: { data, mimetype: 'image/jpeg', name: `survey-${survey.id}-q${question.number}.jpg`, size: data.length },
    req,
    overrideAccess: false,
    user: req.user,
  })
  return media.id
}

export function articleText(survey: AnsweredSurvey, results: SurveyResults) {
  const channels = results.channels.filter((channel) => channel.count > 0).map((channel) => `${channel.label} ${channel.count} 份`)
  const areas = results.areas.filter((area) => area.count >= SMALLEST_GROUP).map((area) => `${area.label} ${area.count} 份`)
  const lead = `${longDate(survey.opensAt)}至${longDate(survey.closesAt)}，“${survey.title}”共收到有效答卷 ${results.total} 份${
    channels.length ? `（${channels.join('，')}）` : ''
  }。现将征集结果和采纳情况公布如下。`
  const body = [
    lead,
    ...(areas.length ? [`按区域：${areas.join('，')}（不足 ${SMALLEST_GROUP} 份的区域未单列）。`] : []),
    '一、征集结果',
    ...results.questions.map((question) => ({ question, line: questionLine(question) })),
    '二、采纳情况',
    '【请在提交审核前填写：采纳了哪些意见、由哪个部门在什么时间落实；未采纳的说明理由。】',
    '感谢广大居民的参与！',
  ]
  return { title: `${survey.title}征集结果与采纳情况`.slice(0, 80), lead: lead.slice(0, 200), body }
}

/** The body's parts: each question's line followed by its chart, when there is one. */
async function bodyParts(req: PayloadRequest, survey: AnsweredSurvey, body: ReturnType<typeof articleText>['body']) {
  const parts: (string | number)[] = []
  let missing = false
  for (const part of body) {
    if (typeof part === 'string') {
      parts.push(part)
      continue
    }
    parts.push(part.line)
    const image = await chartImage(req, survey, part.question)
    if (image !== null) parts.push(image)
    else if (chartOf(part.question)) missing = true
  }
  return missing ? [NO_CHARTS, ...parts] : parts
}

export async function resultsArticle(req: PayloadRequest, survey: AnsweredSurvey, results: SurveyResults) {
  const text = articleText(survey, results)
  return req.payload.create({
    collection: 'articles',
    data: {
      title: text.title,
      lead: text.lead,
      column: 'notices',
      source: '杏花岭区委宣传部',
      body: paragraphsAndImages(await bodyParts(req, survey, text.body)),
      areas: survey.area ? [survey.area] : [],
      _status: 'draft',
    },
    draft: true,
    req,
    overrideAccess: false,
    user: req.user,
  })
}
