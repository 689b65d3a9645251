/**
 * 留言/咨询 answered (issue 18): the answer needs its department; the resident reads it with
 * the dates through the receipt code; a public answer is drafted with personal data masked
 * (never for a message kept private), reaches the site only through review, and shows
 * 受理日期, 答复日期 and 答复部门 there; the deadline counts working days from the office's
 * calendar, which is refused line by line when it cannot be read.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { remindDueReplies } from '../cms/participation/reminders.ts'
import { beijingDay, calendarFrom, deadline } from '../contract/workdays.ts'
import { api, buildSite, localPayload, login, publishThroughReview, stack } from './support/cms.ts'
import { mailsTo } from './support/mail.ts'
import { call, forgetThrottles, messageBody, post, solvedFor } from './support/participation.ts'

let payload: Payload
let editor: string
let admin: string
let department: { id: number; name: string }

beforeAll(async () => {
  // Reminders sent from this process go to the run's mail catcher, like the admin's.
  process.env.SMTP_URL = stack().env.SMTP_URL
  payload = await localPayload()
  await forgetThrottles(payload)
  editor = await login('editor@xinghualing.example')
  admin = await login('admin@xinghualing.example')
  const found = await payload.find({ collection: 'departments', where: { name: { equals: '区民政局' } }, overrideAccess: true })
  department = found.docs[0] as { id: number; name: string }
})

afterAll(async () => {
  await payload?.destroy()
})

async function send(extra: Record<string, unknown> = {}) {
  const answer = await post('/messages', messageBody(await solvedFor('messages'), extra))
  expect(answer.status, JSON.stringify(answer.body)).toBe(201)
  const sent = answer.body as { receipt: string; reference: string }
  const found = await payload.find({ collection: 'messages', where: { reference: { equals: sent.reference } }, overrideAccess: true })
  return { ...sent, id: found.docs[0]?.id as number }
}

const answer = (id: number, body: Record<string, unknown>) => api(`/api/messages/${id}`, { method: 'PATCH', token: editor, body })

describe('answering a message', () => {
  it('needs an answer and a department; the resident then reads both, with the dates, by the receipt code', async () => {
    const sent = await send({ subject: '小区路灯不亮', body: '杏花岭街道某小区东门的路灯坏了一周，晚上出行不便。' })
    const refused = await answer(sent.id, { status: 'replied' })
    expect(refused.status).toBe(400)
    expect(refused.text).toContain('请先填写答复内容并选择答复部门')
    expect((await call(`/receipts/${sent.receipt}`)).body.reply).toBeNull()
    const ok = await answer(sent.id, { status: 'replied', reply: '已通知物业维修，预计三日内修好。', department: department.id })
    expect(ok.status).toBe(200)
    const seen = (await call(`/receipts/${sent.receipt}`)).body as Record<string, unknown> & { reply: Record<string, string> }
    expect(seen.status).toBe('已答复')
    expect(seen.reply).toMatchObject({ text: '已通知物业维修，预计三日内修好。', department: '区民政局' })
    expect(Date.parse(String(seen.reply.repliedAt))).toBeGreaterThanOrEqual(Date.parse(seen.receivedAt as string))
  })

  it('drafts a public answer with personal data masked, public only after review, never naming the message', async () => {
    const sent = await send({ body: '我家电话13912345678，请问文明实践站怎么预约活动？' })
    await answer(sent.id, { status: 'replied', reply: '可拨打实践站电话或到站内登记。', department: department.id })
    const message = await payload.findByID({ collection: 'messages', id: sent.id, overrideAccess: true, depth: 0 })
    const replyId = message.publicReply as number
    expect(replyId).toBeTruthy()
    const draft = await payload.findByID({ collection: 'replies', id: replyId, draft: true, overrideAccess: true, depth: 0 })
    expect(draft.question).not.toContain('13912345678')
    expect(draft.question).toContain('文明实践站怎么预约活动')
    expect(draft.title).toBe(`居民咨询（${sent.reference}）`)
    expect((await api(`/api/replies/${replyId}`)).status).not.toBe(200)
    await publishThroughReview('replies', replyId)
    const open = await api<Record<string, unknown>>(`/api/replies/${replyId}`)
    expect(open.status).toBe(200)
    expect(open.body).toMatchObject({ reply: '可拨打实践站电话或到站内登记。' })
    expect(open.body.receivedAt).toBe(message.receivedAt)
    expect(open.body).not.toHaveProperty('message')
    const site = await buildSite()
    const page = await readFile(path.join(site, 'replies/index.html'), 'utf8')
    expect(page).toContain('可拨打实践站电话或到站内登记。')
    expect(page).toContain('区民政局')
    expect(page).not.toContain('13912345678')
    for (const label of ['受理日期', '答复日期', '答复部门']) expect(page).toContain(label)
    expect(page).toMatch(/<time datetime="[^"]+">\d{4}年\d{1,2}月\d{1,2}日<\/time>/)
  })

  it('drafts nothing public for a message the resident asked to keep private', async () => {
    const sent = await send({ keepPrivate: true, body: '家里老人需要上门帮助，不希望公开。' })
    await answer(sent.id, { status: 'replied', reply: '社区将安排志愿者联系。', department: department.id })
    const message = await payload.findByID({ collection: 'messages', id: sent.id, overrideAccess: true, depth: 0 })
    expect(message.publicReply ?? null).toBeNull()
    expect((await call(`/receipts/${sent.receipt}`)).body.reply).toMatchObject({ text: '社区将安排志愿者联系。' })
  })
})

describe('the reply deadline', () => {
  it('counts working days from the office calendar, holidays and 调休 included', async () => {
    const today = beijingDay(new Date())
    const inAWeek = beijingDay(new Date(Date.now() + 7 * 86_400_000))
    const holidays = `${today}至${inAWeek} # 测试用假期`
    const saved = await api('/api/globals/participation-settings', {
      method: 'POST',
      token: admin,
      body: { replyDays: 5, holidays, workdays: '' },
    })
    expect(saved.status).toBe(200)
    const sent = await send()
    const message = await payload.findByID({ collection: 'messages', id: sent.id, overrideAccess: true, depth: 0 })
    const { calendar } = calendarFrom(holidays, '')
    expect(message.dueOn).toBe(deadline(new Date(message.receivedAt as string), 5, calendar))
    // Five working days after a week off: at least 12 calendar days away.
    expect(Date.parse(message.dueOn as string) - Date.parse(today)).toBeGreaterThanOrEqual(12 * 86_400_000)
    await api('/api/globals/participation-settings', { method: 'POST', token: admin, body: { holidays: '' } })
  })

  it('refuses a calendar it cannot read, line by line, in Chinese, and keeps the old one', async () => {
    const before = await api<{ holidays: string }>('/api/globals/participation-settings', { token: admin })
    const refused = await api('/api/globals/participation-settings', {
      method: 'POST',
      token: admin,
      body: { holidays: '2026-10-01至2026-10-07\n２０２６年２月３０日' },
    })
    expect(refused.status).toBe(400)
    expect(refused.text).toContain('第 2 行')
    const after = await api<{ holidays: string }>('/api/globals/participation-settings', { token: admin })
    expect(after.body.holidays).toBe(before.body.holidays)
    expect((await api('/api/globals/participation-settings')).status).toBe(403)
  })
})

describe('reminders', () => {
  it('remind the 承办人 once a day of a message due within a working day, from 8 o’clock, without its words', async () => {
    const sent = await send({ body: '提醒测试留言：这句原话不应出现在提醒邮件里' })
    const today = beijingDay(new Date())
    const found = await payload.find({
      collection: 'users',
      where: { email: { equals: 'editor@xinghualing.example' } },
      overrideAccess: true,
    })
    const assignee = found.docs[0]?.id as number
    await payload.update({ collection: 'messages', id: sent.id, data: { dueOn: today, assignee }, overrideAccess: true })
    // 04:00 Beijing time: nobody is woken.
    expect(await remindDueReplies(payload, new Date(`${today}T04:00:00+08:00`))).toBe(0)
    const morning = new Date(`${today}T10:30:00+08:00`)
    expect(await remindDueReplies(payload, morning)).toBeGreaterThanOrEqual(1)
    const mails = await mailsTo('editor@xinghualing.example', sent.reference)
    expect(mails).toHaveLength(1)
    expect(mails[0]?.subject).toContain('今天到期')
    expect(JSON.stringify(mails[0])).not.toContain('这句原话')
    await remindDueReplies(payload, new Date(`${today}T15:00:00+08:00`))
    expect(await mailsTo('editor@xinghualing.example', sent.reference)).toHaveLength(1)
  })
})
