/**
 * 民意征集 built by hand in the admin (issue 18's acceptance): an editor opens 居民参与 ›
 * 民意征集 › 新建, types the title, picks the dates, writes the contact, adds a 选择题 with
 * three options, a 评分题, a 填空题 shown only 「当第 2 题选了 1、2」 and a 矩阵题 of two rows,
 * and picks the area; a rule that looks at a later question is refused in Chinese, naming the
 * question; fixed, the draft saves, the edit page fits a 390 px phone, and 提交审核 in the
 * 审核 panel sends it to review. Two reviewers approve, residents answer through the public
 * participation API, and the sidebar's 征集结果 counts them, its exports download as files,
 * and 生成结果文章草稿 opens the new article draft.
 */
import { readFile } from 'node:fs/promises'

import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { NOTICE_VERSION } from '../contract/participation.ts'
import { launchBrowser } from '../site/print/browser.ts'
import { ACCOUNTS, PHONE, signIn } from './support/admin.ts'
import { api, localPayload, login, REVIEWER, stack, workflow } from './support/cms.ts'
import { forgetThrottles, newDevice, post, solvedFor } from './support/participation.ts'

const DAY = 86_400_000
const TITLE = '文明实践站服务意见征集'

interface Row {
  id: string
  label: string
}
interface Question {
  id: string
  blockType: string
  options?: Row[]
  rows?: Row[]
  columns?: Row[]
  showIf?: { question?: number; answers?: string }
}
interface Stored {
  id: number
  slug: string
  _status: string
  opensAt: string
  closesAt: string
  area: number | { id: number }
  questions: Question[]
}

let browser: Browser
let payload: Payload
let surveyId = 0

beforeAll(async () => {
  browser = await launchBrowser()
  payload = await localPayload()
  await forgetThrottles(payload)
})

afterAll(async () => {
  await browser?.close()
  await payload?.destroy()
})

/** `questions.2.showIf.answers` → the admin's input id. */
const field = (path: string) => `#field-${path.replaceAll('.', '__')}`

/** 添加题目, then the kind of question from the drawer; once more if the new question has not appeared. */
async function addQuestion(page: Page, kind: string): Promise<void> {
  const rows = page.locator('[id^="questions-row-"]')
  const before = await rows.count()
  for (let attempt = 1; ; attempt += 1) {
    await page.locator('.blocks-field__drawer-toggler').last().click()
    await page.locator('.blocks-drawer__block', { hasText: kind }).first().click()
    const added = await expect
      .poll(() => rows.count(), { timeout: 10_000 })
      .toBe(before + 1)
      .then(() => true)
      .catch(() => false)
    if (added) return
    if (attempt === 2) throw new Error(`${kind} was not added`)
  }
}

/** Adds rows to an array inside a question (选项, 评价的项目) and types their texts. */
async function addRows(page: Page, path: string, texts: string[]): Promise<void> {
  for (const [index, text] of texts.entries()) {
    const input = page.locator(field(`${path}.${index}.label`))
    // On a busy machine the first click can land before the field is ready: click again if no row came.
    for (let attempt = 1; (await input.count()) === 0; attempt += 1) {
      await page
        .locator(`${field(path)} .array-field__add-row`)
        .last()
        .click()
      const added = await input
        .waitFor({ timeout: 10_000 })
        .then(() => true)
        .catch(() => false)
      if (!added && attempt === 2) throw new Error(`no row ${index} in ${path}`)
    }
    await input.fill(text)
  }
}

/** A day relative to today, at a time, as typed into the picker (yyyy-MM-dd HH:mm, the browser's clock in UTC). */
const typedDate = (days: number, time: string) => `${new Date(Date.now() + days * DAY).toISOString().slice(0, 10)} ${time}`

async function pickDate(page: Page, name: string, typed: string): Promise<void> {
  const input = page.locator(`${field(name)} .react-datepicker__input-container input`)
  await input.fill(typed)
  await input.press('Enter')
}

/** Everything above the questions, and the area in the sidebar. */
async function fillHeading(page: Page): Promise<void> {
  await page.fill(field('title'), TITLE)
  await page.fill(field('intro'), '大约需要两分钟。结果用于改进实践站的服务。')
  await pickDate(page, 'opensAt', typedDate(-1, '09:00'))
  await pickDate(page, 'closesAt', typedDate(30, '18:00'))
  await page.fill(field('notice.contact'), '0351-1234567（工作日 9:00–17:00）')
  await page.locator(field('area')).click()
  await page.keyboard.type('三桥街道')
  await page.locator('.rs__option', { hasText: '三桥街道' }).first().click()
}

/** The four questions, the 填空题's rule looking at question `ruleOn`. */
async function fillQuestions(page: Page, ruleOn: number): Promise<void> {
  await addQuestion(page, '选择题')
  await page.fill(field('questions.0.label'), '您多久去一次社区文明实践站？')
  await addRows(page, 'questions.0.options', ['每周', '每月', '很少去'])
  await addQuestion(page, '评分题')
  await page.fill(field('questions.1.label'), '您对实践站的服务满意吗？')
  await addQuestion(page, '填空题')
  await page.fill(field('questions.2.label'), '哪些地方最需要改进？')
  await page.fill(field('questions.2.showIf.question'), String(ruleOn))
  await page.fill(field('questions.2.showIf.answers'), '1、2')
  await addQuestion(page, '矩阵题')
  await page.fill(field('questions.3.label'), '请为以下服务打分')
  await addRows(page, 'questions.3.rows', ['讲座', '志愿服务'])
}

/** Saves the draft; resolves with the response of the save. */
async function saveDraft(page: Page) {
  const saved = page.waitForResponse((response) => /\/api\/surveys/.test(response.url()) && response.request().method() !== 'GET')
  await page.locator('#action-save-draft').click()
  return saved
}

const editorToken = () => login(ACCOUNTS.editor)
const stored = async () => (await api<Stored>(`/api/surveys/${surveyId}?draft=true&depth=0`, { token: await editorToken() })).body
const stateOf = (page: Page) => page.locator('#field-review__state').textContent()

/** One resident's answer, sent as the site's island sends it. */
async function answer(survey: Stored, choice: number, rating: number, level: number, text?: string): Promise<void> {
  const [often, stars, improve, matrix] = survey.questions as [Question, Question, Question, Question]
  const answers = {
    [often.id]: often.options?.[choice]?.id,
    [stars.id]: rating,
    ...(text ? { [improve.id]: text } : {}),
    [matrix.id]: Object.fromEntries((matrix.rows ?? []).map((row) => [row.id, matrix.columns?.[level]?.id])),
  }
  const sent = await post(
    `/surveys/${survey.slug}/responses`,
    { answers, consent: NOTICE_VERSION, altcha: await solvedFor('surveys') },
    { device: newDevice() },
  )
  expect(sent.status, JSON.stringify(sent.body)).toBe(201)
}

describe('a survey built by hand in the admin', () => {
  it('is built through the UI, its mistaken rule refused in Chinese, and saved as a draft', async () => {
    const page = await signIn(browser, ACCOUNTS.editor)
    // Below 1440 px the menu is folded away: the editor opens it first.
    await page.locator('.nav-toggler').first().click()
    await page.locator('nav').getByRole('link', { name: '民意征集' }).click()
    await page.waitForURL(/\/admin\/collections\/surveys(\?|$)/)
    await page.locator('a[href$="/collections/surveys/create"]').first().click()
    await page.waitForURL(/\/admin\/collections\/surveys\/create$/)
    await expect.poll(() => page.locator(`label[for="${field('title').slice(1)}"]`).textContent()).toContain('问卷标题')

    await fillHeading(page)
    await fillQuestions(page, 5)
    // A rule that looks at a later question: refused, the toast naming the question in Chinese, nothing saved.
    const refused = await saveDraft(page)
    expect(refused.status()).toBe(400)
    await expect
      .poll(() => page.locator('[data-sonner-toast][data-type="error"], .toast-error').first().textContent())
      .toContain('第3题：显示条件只能看前面的题（第1到第2题），不能看第5题')
    expect(page.url()).toMatch(/\/create$/)
    // The refused question stays as typed, its rule marked at 当第几题.
    expect(await page.locator(field('questions.2.label')).inputValue()).toBe('哪些地方最需要改进？')
    await page.locator(field('questions.2.showIf')).scrollIntoViewIfNeeded()
    await expect.poll(() => page.locator('.field-type.number.error').count()).toBe(1)

    await page.fill(field('questions.2.showIf.question'), '2')
    expect((await saveDraft(page)).ok()).toBe(true)
    await page.waitForURL(/\/admin\/collections\/surveys\/\d+/)
    surveyId = Number(new URL(page.url()).pathname.split('/').pop())
    const draft = await stored()
    expect(draft._status).toBe('draft')
    expect(draft.questions.map((question) => question.blockType)).toEqual(['choice', 'rating', 'text', 'matrix'])
    expect(draft.questions[0]?.options?.map((option) => option.label)).toEqual(['每周', '每月', '很少去'])
    expect(draft.questions[2]?.showIf).toMatchObject({ question: 2, answers: '1、2' })
    expect(draft.questions[3]?.rows?.map((row) => row.label)).toEqual(['讲座', '志愿服务'])
    expect(draft.questions[3]?.columns).toHaveLength(5)
    const [opens, closes] = [new Date(draft.opensAt).getTime(), new Date(draft.closesAt).getTime()]
    expect(opens).toBeLessThan(Date.now())
    expect(closes).toBeGreaterThan(Date.now() + 29 * DAY)
    await page.context().close()
  })

  it('fits a 390 px phone while being edited', async () => {
    const page = await signIn(browser, ACCOUNTS.editor, PHONE)
    await page.goto(`${stack().cmsUrl}/admin/collections/surveys/${surveyId}`)
    await expect.poll(() => page.locator(field('questions.2.label')).inputValue(), { timeout: 30_000 }).toBe('哪些地方最需要改进？')
    // The saved rule is there to read and change, as typed.
    // Payload renders fields below the fold when they scroll into view, as the editor's thumb brings them.
    await page.locator(field('questions.2.showIf')).scrollIntoViewIfNeeded()
    await expect.poll(() => page.locator(field('questions.2.showIf.question')).inputValue()).toBe('2')
    expect(await page.locator(field('questions.2.showIf.answers')).inputValue()).toBe('1、2')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
    await page.context().close()
  })

  it('is submitted from the 审核 panel', async () => {
    const page = await signIn(browser, ACCOUNTS.editor)
    await page.goto(`${stack().cmsUrl}/admin/collections/surveys/${surveyId}`)
    await page.locator('#review-submit').click()
    await expect.poll(() => stateOf(page)).toContain('待初审')
    await page.context().close()
  })

  it('is published through two reviews, answered, and its results counted, exported and written up', async () => {
    for (const level of [1, 2] as const) {
      const { status, body } = await workflow('surveys', surveyId, await login(REVIEWER(level)), { action: 'approve' })
      expect(status, JSON.stringify(body)).toBe(200)
    }
    const survey = await stored()
    expect(survey._status).toBe('published')
    await answer(survey, 0, 5, 4)
    await answer(survey, 1, 2, 1, '开放时间再长一些，周末也能来')
    await answer(survey, 0, 4, 3)

    const page = await signIn(browser, ACCOUNTS.editor)
    await page.goto(`${stack().cmsUrl}/admin/collections/surveys/${surveyId}`)
    await expect.poll(() => stateOf(page)).toBe('已发布')
    await expect.poll(() => page.locator('h4', { hasText: '征集结果' }).textContent(), { timeout: 30_000 }).toBe('征集结果：3 份答卷')
    const panel = page.locator('h4', { hasText: '征集结果' }).locator('..')
    expect(await panel.textContent()).toContain('每周：2（67%）')
    expect(await panel.textContent()).toContain('3 人作答，平均 3.7 分')

    const download = async (name: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), panel.getByRole('link', { name }).click()])
      return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) }
    }
    const csv = await download('导出 CSV')
    expect(csv.name).toMatch(new RegExp(`^${TITLE}-答卷-\\d{8}\\.csv$`))
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(csv.bytes.subarray(3).toString('utf8').trim().split('\r\n')).toHaveLength(4)
    const xlsx = await download('导出 Excel')
    expect(xlsx.name).toMatch(new RegExp(`^${TITLE}-答卷-\\d{8}\\.xlsx$`))
    expect(xlsx.bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004')

    await panel.getByRole('button', { name: '生成结果文章草稿' }).click()
    await page.waitForURL(/\/admin\/collections\/articles\/\d+/, { timeout: 60_000 })
    await expect.poll(() => page.locator(field('title')).inputValue(), { timeout: 30_000 }).toBe(`${TITLE}征集结果与采纳情况`)
    await page.context().close()
  })
})
