/**
 * 民意征集 (issue 18): a survey built by an editor from question blocks, refused while its
 * skip rules do not read, published only through review (its words pass the privacy check),
 * answered through the gate — checked against the published questions only, one answer per
 * device, nothing accepted before it opens or after it closes — and, once answered, kept
 * from losing questions the answers depend on. Retention keeps the answers and forgets the
 * device and receipt 30 days after the close.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { purgeParticipation } from '../cms/participation/retention.ts'
import { ONE_PER_DEVICE } from '../cms/participation/surveys/responseHooks.ts'
import { NOTICE_VERSION } from '../contract/participation.ts'
import { api, areaId, graphql, localPayload, login, publishThroughReview, workflow } from './support/cms.ts'
import { call, forgetThrottles, newDevice, post, solvedFor } from './support/participation.ts'

let payload: Payload
let editor: string
let area: number

beforeAll(async () => {
  payload = await localPayload()
  await forgetThrottles(payload)
  editor = await login('editor@xinghualing.example')
  area = await areaId('三桥街道')
})

afterAll(async () => {
  await payload?.destroy()
})

const DAY = 86_400_000
let counter = 0

/** A 环境 survey: where you live, a rating, a follow-up shown for low ratings, a matrix and a suggestion. */
function surveyData(extra: Record<string, unknown> = {}) {
  counter += 1
  return {
    title: `街巷环境征集${counter}`,
    intro: '大约需要两分钟。',
    opensAt: new Date(Date.now() - DAY).toISOString(),
    closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
    notice: { collector: '杏花岭区委宣传部', purpose: '改进街巷环境', contact: '0351-1234567' },
    area,
    questions: [
      { blockType: 'choice', label: '您住在哪里？', options: [{ label: '锦绣苑' }, { label: '其他小区' }] },
      { blockType: 'rating', label: '您对街巷环境满意吗？' },
      {
        blockType: 'choice',
        label: '主要是哪方面不满意？',
        multiple: true,
        options: [{ label: '卫生' }, { label: '停车' }, { label: '其他' }],
        showIf: { question: 2, answers: '1、２' },
      },
      { blockType: 'text', label: '请具体说说', long: true, required: false, showIf: { question: 3, answers: '其他' } },
      { blockType: 'matrix', label: '请为以下各项打分', rows: [{ label: '卫生' }, { label: '照明' }] },
      { blockType: 'text', label: '还有什么建议？', required: false },
    ],
    ...extra,
  }
}

interface Question {
  id: string
  options?: { id: string; label: string }[]
  rows?: { id: string }[]
  columns?: { id: string }[]
}
interface Made {
  id: number
  slug: string
  questions: Question[]
}

async function draftSurvey(data = surveyData()): Promise<Made> {
  const made = await api<{ doc: Made; errors?: unknown }>('/api/surveys?draft=true', {
    method: 'POST',
    token: editor,
    body: { ...data, _status: 'draft' },
  })
  expect(made.status, made.text).toBe(201)
  return made.body.doc
}

async function publishedSurvey(data = surveyData()): Promise<Made> {
  const draft = await draftSurvey(data)
  await publishThroughReview('surveys', draft.id)
  return draft
}

/** A complete, valid answer sheet for a survey made from surveyData(). */
function goodAnswers(survey: Made, rating = 5): Record<string, unknown> {
  const [where, stars, , , matrix] = survey.questions as [Question, Question, Question, Question, Question]
  const [good] = matrix.columns?.slice(-1) ?? []
  return {
    [where.id]: where.options?.[0]?.id,
    [stars.id]: rating,
    [matrix.id]: Object.fromEntries((matrix.rows ?? []).map((row) => [row.id, good?.id])),
  }
}

async function answer(survey: Made, answers: Record<string, unknown>, device = newDevice()) {
  const altcha = await solvedFor('surveys')
  return post(`/surveys/${survey.slug}/responses`, { answers, consent: NOTICE_VERSION, altcha }, { device })
}

describe('building a survey', () => {
  it('refuses skip rules that do not read, naming the question', async () => {
    const data = surveyData()
    const questions = data.questions.map((question, index) =>
      index === 3
        ? { ...question, showIf: { question: 3, answers: '其它' } }
        : index === 1
          ? { ...question, showIf: { question: 5 } }
          : question,
    )
    const refused = await api('/api/surveys?draft=true', { method: 'POST', token: editor, body: { ...data, questions, _status: 'draft' } })
    expect(refused.status).toBe(400)
    expect(refused.text).toContain('第2题：显示条件只能看前面的题（第1到第1题），不能看第5题')
    expect(refused.text).toContain('第4题：第3题没有“其它”这个答案')
    const backwards = { ...data, closesAt: data.opensAt, _status: 'draft' }
    expect((await api('/api/surveys?draft=true', { method: 'POST', token: editor, body: backwards })).text).toContain(
      '截止时间应晚于开始时间',
    )
  })

  it('is not public, and takes no answers, until it passes review', async () => {
    const draft = await draftSurvey()
    expect((await api(`/api/surveys/${draft.id}`)).status).toBe(404)
    expect((await call(`/surveys/${draft.slug}/status`)).status).toBe(404)
    expect((await answer(draft, goodAnswers(draft))).status).toBe(404)
    await publishThroughReview('surveys', draft.id)
    expect((await call(`/surveys/${draft.slug}/status`)).body).toMatchObject({ state: 'open', message: null })
    expect((await api(`/api/surveys/${draft.id}`)).status).toBe(200)
  })

  it('cannot pass review with a phone number in a question', async () => {
    const data = surveyData()
    data.questions[5] = { ...data.questions[5], label: '有建议请打 13912345678 告诉我们' } as (typeof data.questions)[number]
    const draft = await draftSurvey(data)
    const submitted = await workflow('surveys', draft.id, editor, { action: 'submit' })
    expect(submitted.status).toBe(400)
    expect(JSON.stringify(submitted.body)).toContain('题目第6项')
  })
})

describe('answering a survey', () => {
  let survey: Made

  beforeAll(async () => {
    survey = await publishedSurvey()
  })

  it('keeps a valid sheet, with its receipt, and drops answers the skip logic hides', async () => {
    const [, , follow, detail] = survey.questions as Question[]
    const sheet = { ...goodAnswers(survey), [follow?.id as string]: [follow?.options?.[2]?.id], [detail?.id as string]: '车太多' }
    const sent = await answer(survey, sheet)
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
    const { docs } = await payload.find({
      collection: 'survey-responses',
      where: { reference: { equals: sent.body.reference } },
      overrideAccess: true,
    })
    expect(docs[0]).toMatchObject({ channel: 'online', answers: goodAnswers(survey) })
    expect(docs[0]?.reference).toMatch(/^WJ/)
    const receipt = await call(`/receipts/${sent.body.receipt}`)
    expect(receipt.body).toMatchObject({ form: 'surveys', kind: '问卷答卷', subject: expect.stringContaining('街巷环境征集') })
    expect(receipt.body.body).toContain('2. 您对街巷环境满意吗？\n5 分')
    expect(receipt.body.body).not.toContain('车太多')
  })

  it('asks for the follow-up a low rating opens, and keeps the challenge for the corrected sheet', async () => {
    const altcha = await solvedFor('surveys')
    const device = newDevice()
    const low = goodAnswers(survey, 2)
    const missing = await post(`/surveys/${survey.slug}/responses`, { answers: low, consent: NOTICE_VERSION, altcha }, { device })
    expect(missing.status).toBe(400)
    expect(missing.body.errors?.[0]?.message).toBe('第3题是必答题，请作答')
    const follow = survey.questions[2] as Question
    const fixed = { ...low, [follow.id]: [follow.options?.[0]?.id] }
    const sent = await post(`/surveys/${survey.slug}/responses`, { answers: fixed, consent: NOTICE_VERSION, altcha }, { device })
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
  })

  it('takes one answer per device, quietly telling the second why', async () => {
    const device = newDevice()
    expect((await answer(survey, goodAnswers(survey), device)).status).toBe(201)
    const again = await answer(survey, goodAnswers(survey), device)
    expect(again.status).toBe(409)
    expect(again.body.errors?.[0]?.message).toBe(ONE_PER_DEVICE)
    const noDevice = await post(`/surveys/${survey.slug}/responses`, {
      answers: goodAnswers(survey),
      consent: NOTICE_VERSION,
      altcha: await solvedFor('surveys'),
    })
    expect(noDevice.status).toBe(400)
    expect(noDevice.body.errors?.[0]?.message).toContain('无痕模式')
  })

  it('counts an answer only under an area within the survey range', async () => {
    const send = async (where: string) =>
      post(
        `/surveys/${survey.slug}/responses`,
        { answers: goodAnswers(survey), area: await areaId(where), consent: NOTICE_VERSION, altcha: await solvedFor('surveys') },
        { device: newDevice() },
      )
    // 三桥街道's survey: 金刚里小区 lies in it, 涧河街道 does not.
    const outside = await send('涧河街道')
    expect(outside.status).toBe(400)
    expect(outside.body.errors?.[0]?.message).toBe('所选区域不在这份问卷的征集范围内，请重新选择。')
    const inside = await send('金刚里小区')
    expect(inside.status).toBe(201)
    const { docs } = await payload.find({
      collection: 'survey-responses',
      where: { survey: { equals: survey.id } },
      sort: '-createdAt',
      limit: 1,
      overrideAccess: true,
      depth: 0,
    })
    expect(docs[0]?.area).toBe(await areaId('金刚里小区'))
  })

  it('refuses sheets without a solved challenge, and every write that skips the form', async () => {
    const unsolved = await post(`/surveys/${survey.slug}/responses`, { answers: goodAnswers(survey), consent: NOTICE_VERSION, altcha: 'x' })
    expect(unsolved.status).toBe(403)
    const admin = await login('admin@xinghualing.example')
    const rest = await api('/api/survey-responses', {
      method: 'POST',
      token: admin,
      body: { survey: survey.id, answers: goodAnswers(survey) },
    })
    expect(rest.status).toBe(403)
    const mutation = await graphql<{ errors?: unknown[] }>(
      `mutation { createSurveyResponse(data: { survey: ${survey.id}, answers: "{}" }) { id } }`,
      admin,
    )
    expect(mutation.errors?.length).toBeGreaterThan(0)
    const local = payload.create({
      collection: 'survey-responses',
      data: { survey: survey.id, answers: {} } as never,
      overrideAccess: true,
    })
    await expect(local).rejects.toThrow(/只能通过网站上的表单提交/)
  })

  it('answers only by the published questions: an unreviewed draft changes nothing', async () => {
    const choice = survey.questions[0] as Question & { options: { id?: string; label: string }[] }
    const questions = (await api<{ questions: unknown[] }>(`/api/surveys/${survey.id}?draft=true`, { token: editor })).body.questions
    const first = { ...(questions[0] as object), options: [...choice.options, { label: '新加的小区' }] }
    const saved = await api<{ doc: Made }>(`/api/surveys/${survey.id}?draft=true`, {
      method: 'PATCH',
      token: editor,
      body: { questions: [first, ...questions.slice(1)], _status: 'draft' },
    })
    expect(saved.status, saved.text).toBe(200)
    const added = saved.body.doc.questions[0]?.options?.[2]?.id as string
    const sent = await answer(survey, { ...goodAnswers(survey), [choice.id]: added })
    expect(sent.status).toBe(400)
    expect(sent.body.errors?.[0]?.message).toMatch(/^第1题：所选的选项不在问卷中/)
  })

  it('once answered, lets editors reword questions but not remove one', async () => {
    const questions = (await api<{ questions: { label: string }[] }>(`/api/surveys/${survey.id}?draft=true`, { token: editor })).body
      .questions
    const reworded = questions.map((question, index) => (index === 5 ? { ...question, label: '您还有什么意见和建议？' } : question))
    const patch = (body: unknown[]) =>
      api(`/api/surveys/${survey.id}?draft=true`, { method: 'PATCH', token: editor, body: { questions: body, _status: 'draft' } })
    expect((await patch(reworded)).status).toBe(200)
    const removed = await patch(reworded.slice(0, 5))
    expect(removed.status).toBe(400)
    expect(removed.text).toContain('不能删除，也不能改变题型')
  })
})

describe('survey dates and retention', () => {
  it('takes nothing before it opens or after it closes', async () => {
    const later = await publishedSurvey(surveyData({ opensAt: new Date(Date.now() + DAY).toISOString() }))
    const notYet = await answer(later, goodAnswers(later))
    expect(notYet.status).toBe(409)
    expect(notYet.body.errors?.[0]?.message).toContain('还没有开始')
    expect((await call(`/surveys/${later.slug}/status`)).body).toMatchObject({ state: 'notYet' })
  })

  it('keeps the answers and forgets device and receipt 30 days after the close', async () => {
    const survey = await publishedSurvey()
    const sent = await answer(survey, goodAnswers(survey))
    expect(sent.status).toBe(201)
    // The survey closed 31 days ago (its published row, as time would leave it).
    await payload.db.drizzle.execute(
      `update surveys set opens_at = now() - interval '60 days', closes_at = now() - interval '31 days' where id = ${survey.id}`,
    )
    const purged = await purgeParticipation(payload)
    expect(purged.answers).toBeGreaterThanOrEqual(1)
    const rows = await payload.db.drizzle.execute(
      `select answers, device_hash, receipt_hash from survey_responses where reference = '${sent.body.reference}'`,
    )
    expect(rows.rows[0]).toMatchObject({ device_hash: null, receipt_hash: null, answers: goodAnswers(survey) })
    expect((await call(`/receipts/${sent.body.receipt}`)).status).toBe(404)
  })
})
