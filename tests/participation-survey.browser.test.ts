/**
 * 民意征集 as a resident meets it: a survey of ten questions of every kind with skip rules,
 * made by an editor and published through review, the site built from it and served under
 * its CSP, answered on a 390 px phone through the island that posts to a real admin. The
 * skip rules open the follow-ups, a required question left empty is named in Chinese at
 * its place and at the top, nothing typed is lost, the answer arrives with the right
 * values, the phone then shows that it has answered (and a second answer from it is
 * refused calmly), a survey not yet open says so, 长者模式 fits, and without scripts the
 * questions can be read but not answered.
 */
import type { Payload } from 'payload'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, areaId, login, publishThroughReview } from './support/cms.ts'
import { pageWidth, type ResidentSite, startResidentSite } from './support/residentSite.ts'

const DAY = 86_400_000

interface Question {
  id: string
  options?: { id: string; label: string }[]
  rows?: { id: string }[]
  columns?: { id: string }[]
}
interface Made {
  id: number
  slug: string
  title: string
  questions: Question[]
}

const QUESTIONS = [
  { blockType: 'choice', label: '您住在哪个小区？', options: [{ label: '锦绣苑' }, { label: '其他小区' }] },
  { blockType: 'rating', label: '您对街巷环境满意吗？' },
  {
    blockType: 'choice',
    label: '主要是哪方面不满意？',
    multiple: true,
    maxChoices: 2,
    options: [{ label: '卫生' }, { label: '停车' }, { label: '照明' }, { label: '其他' }],
    showIf: { question: 2, answers: '1、2' },
  },
  { blockType: 'text', label: '请具体说说', long: true, required: false, showIf: { question: 3, answers: '其他' } },
  { blockType: 'matrix', label: '请为以下各项打分', rows: [{ label: '卫生' }, { label: '照明' }, { label: '绿化' }] },
  { blockType: 'text', label: '您平时主要怎么出行？' },
  { blockType: 'choice', label: '您愿意参加志愿服务吗？', options: [{ label: '愿意' }, { label: '看情况' }, { label: '不愿意' }] },
  {
    blockType: 'choice',
    label: '您从哪里了解社区消息？',
    multiple: true,
    options: [{ label: '微信群' }, { label: '公告栏' }, { label: '居委会' }],
  },
  { blockType: 'rating', label: '您觉得办事方便吗？', low: '很不方便', high: '很方便' },
  { blockType: 'text', label: '还有什么建议？', required: false },
]

let running: ResidentSite
let payload: Payload
let open: Made
let later: Made

async function publishedSurvey(title: string, opensIn: number): Promise<Made> {
  const made = await api<{ doc: Made }>('/api/surveys?draft=true', {
    method: 'POST',
    token: await login('editor@xinghualing.example'),
    body: {
      title,
      intro: '大约需要三分钟。\n结果用于改进街巷环境。',
      opensAt: new Date(Date.now() + opensIn * DAY).toISOString(),
      closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
      notice: { collector: '杏花岭区委宣传部', purpose: '了解居民对街巷环境的意见', contact: '0351-7654321' },
      area: await areaId('三桥街道'),
      questions: QUESTIONS,
      _status: 'draft',
    },
  })
  expect(made.status, made.text).toBe(201)
  await publishThroughReview('surveys', made.body.doc.id)
  return { ...made.body.doc, title }
}

beforeAll(async () => {
  running = await startResidentSite('participation-survey', '民意征集', async (local) => {
    payload = local
    open = await publishedSurvey('街巷环境民意征集', -1)
    later = await publishedSurvey('社区议事会议题征集', 3)
  })
}, 600_000)

afterAll(async () => {
  await running?.close()
})

const q = (page: Page, index: number) => page.locator(`#survey-q-${open.questions[index]?.id}`)
const option = (index: number, at: number) => open.questions[index]?.options?.[at]?.id as string
const surveyPage = () => `${running.siteUrl}/surveys/${open.slug}/`
const ready = (page: Page) => expect.poll(() => page.locator('.survey-form > fieldset').isEnabled(), { timeout: 30_000 }).toBe(true)

/** A 朗读 the test can hear: speechSynthesis replaced by one that writes down what it is asked to say. */
async function listen(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const spoken: string[] = []
    Object.assign(window, { spoken })
    class Utterance {
      lang = ''
      rate = 1
      voice: unknown = null
      constructor(readonly text: string) {}
    }
    const speech = { speak: (said: Utterance) => spoken.push(said.text), cancel() {}, getVoices: () => [{ lang: 'zh-CN' }] }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true })
    Object.defineProperty(window, 'speechSynthesis', { value: speech, configurable: true })
  })
}

/** The required questions, answered well: a good rating opens no follow-up. */
async function answerRequired(page: Page): Promise<void> {
  await q(page, 0).getByLabel('锦绣苑').check()
  await q(page, 1).locator('.rating-button', { hasText: '5分' }).click()
  for (const row of await q(page, 4).locator('.matrix-row').all()) await row.locator('.matrix-column').nth(3).click()
  await q(page, 5).getByRole('textbox').fill('骑车')
  await q(page, 6).getByLabel('看情况').check()
  await q(page, 7).getByLabel('公告栏').check()
  await q(page, 8).locator('.rating-button', { hasText: '3分' }).click()
  await page.getByLabel(/我已阅读并同意/).check()
}

describe('a survey on a phone', () => {
  it('lists open surveys first with their close, then those about to open with their start', async () => {
    const { page } = await running.phone()
    expect((await page.goto(`${running.siteUrl}/surveys/`))?.status()).toBe(200)
    const openGroup = page.locator('.survey-group', { hasText: '正在征集' })
    expect(await openGroup.textContent()).toMatch(new RegExp(`${open.title}.*截止：\\d{4}年\\d{1,2}月\\d{1,2}日`))
    expect(await page.locator('.survey-group', { hasText: '即将开始' }).textContent()).toMatch(/社区议事会议题征集.*开始：\d{4}年/)
    expect(await page.locator('.survey-group h2').allTextContents()).toEqual(['正在征集', '即将开始'])
    await page.context().close()
  })

  it('opens follow-ups by its skip rules, flags a required question left empty, keeps what was typed, and sends', async () => {
    const { page, violations, origins, errors, consoleErrors } = await running.phone()
    await listen(page)
    expect((await page.goto(surveyPage()))?.status()).toBe(200)
    expect(await page.locator('.notice').textContent()).toMatch(/收集单位：杏花岭区委宣传部.*保存期限.*30 天.*联系方式：0351-7654321/s)
    await ready(page)
    expect(await q(page, 2).count()).toBe(0)
    await q(page, 0).getByRole('button', { name: '朗读本题' }).click()
    expect(await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toEqual([
      expect.stringMatching(/^第1题。您住在哪个小区？.*锦绣苑；其他小区/),
    ])
    await q(page, 0).getByLabel('锦绣苑').check()
    await q(page, 1).locator('.rating-button', { hasText: '2分' }).click()
    expect(await q(page, 2).locator('legend').first().textContent()).toContain('第3题')
    expect(await q(page, 3).count()).toBe(0)
    await q(page, 2).getByLabel('卫生').check()
    await q(page, 2).getByLabel('其他').check()
    expect(await q(page, 2).getByLabel('停车').isDisabled()).toBe(true)
    await q(page, 3).getByRole('textbox').fill('晚上路灯太暗')
    expect(await q(page, 3).locator('.text-counter').textContent()).toContain('已写 6 字')
    for (const row of await q(page, 4).locator('.matrix-row').all()) await row.locator('.matrix-column').nth(1).click()
    await q(page, 6).getByLabel('愿意', { exact: true }).check()
    await q(page, 7).getByLabel('微信群').check()
    await q(page, 7).getByLabel('居委会').check()
    await q(page, 8).locator('.rating-button', { hasText: '4分' }).click()
    // The 6th question (required) left empty, consent not given: said at the question and at the top, in Chinese.
    await page.getByRole('button', { name: '提交问卷' }).click()
    expect(await q(page, 5).locator('.question-error').textContent()).toBe('第6题是必答题，请作答')
    expect(await page.getByRole('alert').textContent()).toMatch(/第6题是必答题.*个人信息告知/)
    // Kept on the phone: a reload brings the answers back, the follow-ups open again.
    await page.reload()
    await expect.poll(() => q(page, 3).getByRole('textbox').inputValue(), { timeout: 30_000 }).toBe('晚上路灯太暗')
    await q(page, 5).getByRole('textbox').fill('步行和公交')
    await page.getByLabel(/我已阅读并同意/).check()
    await page.getByRole('button', { name: '提交问卷' }).click()
    await expect
      .poll(() => page.locator('.receipt-code').textContent(), { timeout: 60_000 })
      .toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    expect(await page.locator('.survey-done h2').textContent()).toBe('问卷已提交，感谢参与')

    const { docs } = await payload.find({ collection: 'survey-responses', where: { survey: { equals: open.id } }, overrideAccess: true })
    const [matrix] = [open.questions[4] as Question]
    const ids = open.questions.map((question) => question.id)
    expect(docs).toHaveLength(1)
    expect(docs[0]?.answers).toEqual({
      [ids[0] as string]: option(0, 0),
      [ids[1] as string]: 2,
      [ids[2] as string]: [option(2, 0), option(2, 3)],
      [ids[3] as string]: '晚上路灯太暗',
      [ids[4] as string]: Object.fromEntries((matrix.rows ?? []).map((row) => [row.id, matrix.columns?.[1]?.id])),
      [ids[5] as string]: '步行和公交',
      [ids[6] as string]: option(6, 0),
      [ids[7] as string]: [option(7, 0), option(7, 2)],
      [ids[8] as string]: 4,
    })
    expect(docs[0]?.channel).toBe('online')
    expect(violations).toEqual([])
    expect(errors).toEqual([])
    // No hydration mismatch, nor any other complaint.
    expect(consoleErrors).toEqual([])
    expect([...origins].sort()).toEqual([running.apiOrigin, running.siteUrl].sort())
    expect(await pageWidth(page)).toBeLessThanOrEqual(390)

    // Answered on this phone: the page shows so, with the receipt, instead of the form.
    const code = await page.locator('.receipt-code').textContent()
    await page.reload()
    await expect.poll(() => page.locator('.survey-done h2').textContent(), { timeout: 30_000 }).toBe('您已经填写过这份问卷，感谢参与')
    expect(await page.locator('.receipt-code').textContent()).toBe(code)
    expect(await page.locator('.survey-form').count()).toBe(0)

    // The mark wiped (cleared storage keeps the device token here): the server refuses a second answer calmly.
    await page.evaluate((id) => localStorage.removeItem(`xhl-answered:${id}`), open.id)
    await page.reload()
    await ready(page)
    await answerRequired(page)
    await page.getByRole('button', { name: '提交问卷' }).click()
    await expect.poll(() => page.locator('.survey-closed').textContent(), { timeout: 60_000 }).toContain('已经填写过这份问卷')
    expect(await page.getByRole('alert').count()).toBe(0)
    expect(violations).toEqual([])
    await page.context().close()
  })

  it('fits 390 px in 长者模式 with every question open, its buttons large', async () => {
    const { page, violations, errors } = await running.phone()
    await page.addInitScript(() => localStorage.setItem('xhl-elder', '2'))
    await page.goto(surveyPage())
    expect(await page.evaluate(() => document.documentElement.dataset.elder)).toBe('2')
    await ready(page)
    await q(page, 1).locator('.rating-button', { hasText: '1分' }).click()
    await q(page, 2).getByLabel('其他').check()
    expect(await q(page, 3).count()).toBe(1)
    expect(await pageWidth(page)).toBeLessThanOrEqual(390)
    for (const target of [
      q(page, 1).locator('.rating-button').first(),
      q(page, 4).locator('.matrix-column').first(),
      q(page, 0).locator('.choice-row').first(),
    ]) {
      expect((await target.boundingBox())?.height).toBeGreaterThanOrEqual(60)
    }
    await answerRequired(page)
    await page.getByRole('button', { name: '提交问卷' }).click()
    await expect.poll(() => page.locator('.receipt-code').count(), { timeout: 60_000 }).toBe(1)
    expect(await pageWidth(page)).toBeLessThanOrEqual(390)
    expect(violations).toEqual([])
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('says a survey not yet open will open, in place of the form', async () => {
    const { page, errors } = await running.phone()
    await page.goto(`${running.siteUrl}/surveys/${later.slug}/`)
    await expect.poll(() => page.locator('.survey-closed').textContent(), { timeout: 30_000 }).toContain('还没有开始征集')
    expect(await page.locator('.survey-form').count()).toBe(0)
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('without JavaScript shows every question disabled, says why and where else to answer', async () => {
    const { page } = await running.phone(false)
    await page.goto(surveyPage())
    const note = await page.locator('.noscript-note').textContent()
    expect(note).toContain('需要开启浏览器脚本')
    expect(note).toContain('居委会')
    expect(await page.locator('noscript').innerHTML()).not.toContain('0351')
    expect(await page.locator('.survey-question').count()).toBe(QUESTIONS.length)
    expect(await q(page, 2).locator('.question-help').textContent()).toContain('第2题选了“1分”或“2分”时回答')
    expect(await q(page, 0).getByLabel('锦绣苑').isDisabled()).toBe(true)
    expect(await q(page, 5).getByRole('textbox').isDisabled()).toBe(true)
    expect(await page.getByRole('button', { name: '提交问卷' }).isDisabled()).toBe(true)
    expect(await pageWidth(page)).toBeLessThanOrEqual(390)
    await page.context().close()
  })
})
