/**
 * 征集结果 (issue 18): the counts staff see while a survey runs, the answers exported as CSV
 * (opened as Excel would: BOM, formula cells neutralised, personal data masked) and as an
 * Excel workbook (read back with a real reader), and the one-click draft 「征集结果与采纳情况」,
 * an ordinary article draft that is not public until it passes review. A community worker
 * sees only their own area's counts and exports nothing.
 */

import type { Payload } from 'payload'
import readExcelFile from 'read-excel-file/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { NOTICE_VERSION } from '../contract/participation.ts'
import { api, areaId, localPayload, login, publishThroughReview, stack } from './support/cms.ts'
import { forgetThrottles, newDevice, post, solvedFor } from './support/participation.ts'

let editor: string
interface Question {
  id: string
  options?: { id: string }[]
  rows?: { id: string }[]
  columns?: { id: string }[]
}
let survey: { id: number; slug: string; questions: Question[] }

const DAY = 86_400_000
const RATINGS = [5, 5, 4, 2, 1, 5]

async function answer(rating: number, index: number) {
  const [where, stars, matrix, text] = survey.questions as [Question, Question, Question, Question]
  const answers = {
    [where.id]: where.options?.[index % 2]?.id,
    [stars.id]: rating,
    [matrix.id]: Object.fromEntries((matrix.rows ?? []).map((row) => [row.id, matrix.columns?.[rating - 1]?.id])),
    ...(index === 0 ? { [text.id]: '=HYPERLINK("http://x") 我的电话 13912345678' } : {}),
  }
  const sent = await post(
    `/surveys/${survey.slug}/responses`,
    { answers, consent: NOTICE_VERSION, altcha: await solvedFor('surveys') },
    { device: newDevice() },
  )
  expect(sent.status, JSON.stringify(sent.body)).toBe(201)
}

let payload: Payload

beforeAll(async () => {
  payload = await localPayload()
  await forgetThrottles(payload)
  editor = await login('editor@xinghualing.example')
  const made = await api<{ doc: typeof survey }>('/api/surveys?draft=true', {
    method: 'POST',
    token: editor,
    body: {
      title: '文明实践站服务满意度',
      opensAt: new Date(Date.now() - DAY).toISOString(),
      closesAt: new Date(Date.now() + 10 * DAY).toISOString(),
      notice: { collector: '杏花岭区委宣传部', purpose: '改进服务', contact: '0351-1234567' },
      area: await areaId('三桥街道'),
      questions: [
        { blockType: 'choice', label: '您多久去一次实践站？', options: [{ label: '每周' }, { label: '每月' }] },
        { blockType: 'rating', label: '总体满意度' },
        { blockType: 'matrix', label: '各项服务', rows: [{ label: '讲座' }, { label: '活动' }] },
        { blockType: 'text', label: '意见建议', required: false },
      ],
      _status: 'draft',
    },
  })
  expect(made.status, made.text).toBe(201)
  survey = made.body.doc
  await publishThroughReview('surveys', survey.id)
  for (const [index, rating] of RATINGS.entries()) await answer(rating, index)
}, 120_000)

afterAll(async () => {
  await payload?.destroy()
})

describe('survey results', () => {
  it('counts the answers for staff, by question, channel and area', async () => {
    const { status, body } = await api<{
      total: number
      channels: { label: string; count: number }[]
      areas: { label: string; count: number }[]
      questions: { counts: { label: string; count: number }[]; mean: number | null; rows: unknown[]; texts: string[] }[]
    }>(`/api/surveys/${survey.id}/results`, { token: editor })
    expect(status).toBe(200)
    expect(body.total).toBe(6)
    expect(body.channels).toContainEqual({ label: '网上填写', count: 6 })
    expect(body.areas).toEqual([{ label: '三桥街道', count: 6 }])
    expect(body.questions[0]?.counts).toEqual([
      { label: '每周', count: 3 },
      { label: '每月', count: 3 },
    ])
    expect(body.questions[1]?.mean).toBe(3.7)
    expect(body.questions[1]?.counts.find((count) => count.label === '5 分')?.count).toBe(3)
    expect(body.questions[2]?.rows).toHaveLength(2)
    expect(body.questions[3]?.texts[0]).not.toContain('13912345678')
  })

  it('shows a community worker only their own area, and nobody else anything', async () => {
    const community = await login('community@xinghualing.example')
    const theirs = await api<{ total: number }>(`/api/surveys/${survey.id}/results?area=0`, { token: community })
    expect(theirs.status).toBe(200)
    expect(theirs.body.total).toBe(0)
    expect((await api(`/api/surveys/${survey.id}/export?format=csv`, { token: community })).status).toBe(403)
    expect((await api(`/api/surveys/${survey.id}/results`)).status).toBe(403)
    expect((await api(`/api/surveys/${survey.id}/export?format=xlsx`)).status).toBe(403)
  })

  it('exports CSV that Excel opens as text, with personal data masked', async () => {
    const response = await fetch(`${stack().cmsUrl}/api/surveys/${survey.id}/export?format=csv`, {
      headers: { authorization: `JWT ${editor}` },
    })
    expect(response.status).toBe(200)
    const bytes = Buffer.from(await response.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.subarray(3).toString('utf8')
    const lines = text.trim().split('\r\n')
    expect(lines).toHaveLength(7)
    expect(lines[0]).toContain('第3题 各项服务：讲座')
    expect(text).toContain(`"'=HYPERLINK(""http://x"")`)
    expect(text).not.toContain('13912345678')
    expect(text).toContain('5 分')
  })

  it('exports an Excel workbook with the answers and the counts', async () => {
    const response = await fetch(`${stack().cmsUrl}/api/surveys/${survey.id}/export?format=xlsx`, {
      headers: { authorization: `JWT ${editor}` },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('文明实践站服务满意度-答卷'))
    const sheets = await readExcelFile(Buffer.from(await response.arrayBuffer()))
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['答卷', '统计'])
    expect(sheets[0]?.data).toHaveLength(7)
    expect(sheets[0]?.data[0]?.[0]).toBe('受理编号')
    const counts = sheets[1]?.data ?? []
    expect(counts).toContainEqual(['第2题 总体满意度（6 人作答）', '平均分', 3.7, null])
  })

  it('drafts the results article, which is not public until reviewed', async () => {
    const { status, body } = await api<{ article: { id: number } }>(`/api/surveys/${survey.id}/results-article`, {
      method: 'POST',
      token: editor,
    })
    expect(status).toBe(201)
    const draft = await api<{ title: string; lead: string; _status: string; body: unknown }>(
      `/api/articles/${body.article.id}?draft=true&depth=0`,
      { token: editor },
    )
    expect(draft.body.title).toBe('文明实践站服务满意度征集结果与采纳情况')
    expect(draft.body._status).toBe('draft')
    expect(draft.body.lead).toContain('共收到有效答卷 6 份（网上填写 6 份）')
    expect(JSON.stringify(draft.body.body)).toContain('平均 3.7 分')
    expect(JSON.stringify(draft.body.body)).not.toContain('13912345678')
    // The two choice and rating questions' charts, drawn by the print studio, as images in 媒体 with the counts as their text.
    const images = JSON.stringify(draft.body.body).match(/"type":"upload"[^}]*"value":(\d+)/g) ?? []
    expect(images).toHaveLength(2)
    const chartId = Number(/"value":(\d+)/.exec(images[1] ?? '')?.[1])
    const chart = await api<{ width: number; alt: string; mimeType: string }>(`/api/media/${chartId}`, { token: editor })
    expect(chart.body).toMatchObject({ width: 1200, mimeType: 'image/jpeg' })
    expect(chart.body.alt).toContain('第2题“总体满意度”，6 人作答，平均 3.7 分')
    expect((await api(`/api/articles/${body.article.id}`)).status).toBe(404)
    const reviewer = await login('reviewer1@xinghualing.example')
    const refused = await api(`/api/surveys/${survey.id}/results-article`, { method: 'POST', token: reviewer })
    expect(refused.status).toBe(403)
  })
})
