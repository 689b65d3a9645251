/**
 * The station's inbox in the admin, on a 390 px phone (issue 19): a station worker opens a
 * resident's order, is told in Chinese that 不通过 needs a reason, approves it and dispatches it
 * to a team of the place from the 处理 panel; the team leader accepts it and files the 结项报告
 * (text, a photo, the 照片中的人已同意 tick — refused without it) from the panel; the resident rates
 * it and the station lets the rating show. On an event, the 签到 panel shows the 6-digit code
 * of the moment and checks in a 报名码 typed the way a phone's keyboard gives it. No page
 * scrolls sideways.
 */

import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from '../site/print/browser.ts'
import { PHONE, signIn } from './support/admin.ts'
import { api, localPayload, login, publishThroughReview, stack } from './support/cms.ts'
import { forgetThrottles, post } from './support/participation.ts'
import { order, type ServiceWorld, serviceWorld } from './support/services.ts'

let browser: Browser
let payload: Payload
let world: ServiceWorld
let orderId = 0
let receipt = ''
let reference = ''

async function emailOf(prefix: string): Promise<string> {
  const { docs } = await payload.find({ collection: 'users', where: { email: { like: `${prefix}-inbox` } }, overrideAccess: true })
  const email = docs[0]?.email
  if (!email) throw new Error(`no user ${prefix}`)
  return email
}

beforeAll(async () => {
  browser = await launchBrowser()
  payload = await localPayload()
  await forgetThrottles(payload)
  world = await serviceWorld(payload, 'inbox')
  const sent = await order(world.items[0], { venue: '杏花岭社区活动室' })
  expect(sent.status, JSON.stringify(sent.body)).toBe(201)
  receipt = sent.body.receipt ?? ''
  reference = sent.body.reference ?? ''
  const { docs } = await payload.find({
    collection: 'service-orders',
    where: { reference: { equals: sent.body.reference } },
    overrideAccess: true,
  })
  orderId = docs[0]?.id as number
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await payload?.destroy()
})

const width = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)
const state = (page: Page) => page.locator('.order-desk-state').textContent()

/** What the 工作台 lists under one heading (`data-section`). */
const workbench = (page: Page, section: string) => page.locator(`[data-section="${section}"]`).textContent()

/** The order's edit page at phone size, once its 处理 panel has loaded; first, the 工作台 lists it under `waitingIn`. */
async function openOrder(email: string, waitingIn?: string): Promise<Page> {
  const page = await signIn(browser, email, PHONE)
  // The 工作台 opens for station staff and team leaders too (it once asked for site builds they may not read).
  await expect.poll(() => page.locator('.workbench h1').textContent(), { timeout: 30_000 }).toBe('工作台')
  if (waitingIn) {
    expect(await workbench(page, waitingIn)).toContain(reference)
    await page.locator(`[data-section="${waitingIn}"] a`, { hasText: reference }).click()
    await expect.poll(() => state(page), { timeout: 60_000 }).toBeTruthy()
    return page
  }
  await page.goto(`${stack().cmsUrl}/admin/collections/service-orders/${orderId}`)
  await expect.poll(() => state(page), { timeout: 60_000 }).toBeTruthy()
  return page
}

/** Clicks a panel button and waits for the page to come back with the new state. */
async function step(page: Page, button: string, after: string) {
  await page.locator('.order-desk').getByRole('button', { name: button, exact: true }).click()
  await expect.poll(() => state(page), { timeout: 60_000 }).toContain(after)
}

describe('the 处理 panel on a 课单点单', () => {
  it('a station worker approves (a refusal needs a reason) and dispatches to a team of the place', async () => {
    // Another station's 工作台 does not list it; this station's lists it under 待审单 and opens it from there.
    const other = await signIn(browser, await emailOf('station-b'), PHONE)
    await expect.poll(() => workbench(other, 'orders-submitted'), { timeout: 30_000 }).toContain('待审单')
    expect(await workbench(other, 'orders-submitted')).not.toContain(reference)
    await other.context().close()
    const page = await openOrder(await emailOf('station-a'), 'orders-submitted')
    expect(await state(page)).toContain('待审单')
    await page.locator('.order-desk').getByRole('button', { name: '不通过', exact: true }).click()
    await expect.poll(() => page.locator('.order-desk-problem').textContent(), { timeout: 30_000 }).toContain('请填写原因')
    expect(await page.locator('.order-desk').getByRole('button', { name: '接单' }).count()).toBe(0)
    await step(page, '通过', '待派单')
    const teams = await page.locator('#order-desk-team option').allTextContents()
    expect(teams.some((name) => name.startsWith('红马甲'))).toBe(true)
    expect(teams.some((name) => name.startsWith('绿马甲'))).toBe(false)
    await page.selectOption('#order-desk-team', String(world.teams.first))
    await step(page, '派单', '待接单')
    const history = (await page.locator('.order-desk-steps').textContent()) ?? ''
    expect(history).toMatch(/点单.*审单通过.*阵地工作人员（甲站工作人员\d+）.*派单.*红马甲/s)
    expect(await width(page)).toBeLessThanOrEqual(PHONE.width)
    await page.context().close()
  })

  it('the team leader accepts and files the 结项报告 with a photo, ticking the consent', async () => {
    const page = await openOrder(await emailOf('leader-1'), 'orders-dispatched')
    expect(await page.locator('.order-desk').getByRole('button', { name: '派单' }).count()).toBe(0)
    await step(page, '接单', '服务中')
    await page.fill('#order-report-text', '本次讲座围绕垃圾分类展开，社区居民三十余人参加，现场互动热烈，志愿者还发放了宣传资料。')
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a6' } })
      .jpeg()
      .toBuffer()
    await page.setInputFiles('#order-report-photos', { name: '现场.jpg', mimeType: 'image/jpeg', buffer: jpeg })
    await page.getByRole('button', { name: '提交结项报告' }).click()
    await expect.poll(() => page.locator('.order-desk-problem').textContent(), { timeout: 30_000 }).toContain('照片中的人已同意')
    await page.locator('.order-desk').getByLabel('照片中的人已同意').check()
    await page.getByRole('button', { name: '提交结项报告' }).click()
    await expect.poll(() => state(page), { timeout: 60_000 }).toContain('已完成')
    expect(await width(page)).toBeLessThanOrEqual(PHONE.width)
    const done = await payload.findByID({ collection: 'service-orders', id: orderId, depth: 0, overrideAccess: true })
    expect(done.report).toMatchObject({ photoConsent: true, text: expect.stringContaining('垃圾分类') })
    expect(done.report?.photos).toHaveLength(1)
    const article = await payload.findByID({
      collection: 'articles',
      id: done.report?.article as number,
      draft: true,
      overrideAccess: true,
    })
    expect(article._status).toBe('draft')
    await page.context().close()
  })

  it('the resident’s rating waits until the station lets it show from the panel', async () => {
    const rated = await post('/services/orders/rate', { code: receipt, score: 5, comment: '讲得清楚，老人们都说好。' })
    expect(rated.status, JSON.stringify(rated.body)).toBe(201)
    const page = await openOrder(await emailOf('station-a'))
    await expect.poll(() => page.locator('.order-desk-rating').textContent(), { timeout: 30_000 }).toContain('5 分（待审核）')
    await page.getByRole('button', { name: '通过评价' }).click()
    await expect.poll(() => page.locator('.order-desk-rating').textContent(), { timeout: 60_000 }).toContain('（已公开）')
    const done = await payload.findByID({ collection: 'service-orders', id: orderId, depth: 0, overrideAccess: true })
    expect(done.rating?.state).toBe('approved')
    expect(await width(page)).toBeLessThanOrEqual(PHONE.width)
    await page.context().close()
  })
})

describe('the 签到 panel on an event', () => {
  it('shows the 6-digit code of the moment and checks in a typed 报名码', async () => {
    const editor = await login('editor@xinghualing.example')
    const made = await api<{ doc: { id: number } }>('/api/events?draft=true', {
      method: 'POST',
      token: editor,
      body: {
        title: '文明微讲堂：签到测试',
        kind: 'lecture',
        startsAt: new Date(Date.now() - 10 * 60_000).toISOString(),
        endsAt: new Date(Date.now() + 2 * 3_600_000).toISOString(),
        place: world.places[0],
        capacity: 5,
        summary: '居民一起学垃圾分类。',
        _status: 'draft',
      },
    })
    expect(made.status, made.text).toBe(201)
    const id = made.body.doc.id
    await publishThroughReview('events', id)
    const signed = await api<{ receipt: string }>(`/api/events/${id}/signups`, { method: 'POST', token: world.tokens.stationA, body: {} })
    expect(signed.status, signed.text).toBe(201)
    // The 工作台's 本周活动 lists the event for its own place's staff only (all staff may read every published event).
    const other = await signIn(browser, await emailOf('station-b'), PHONE)
    await expect.poll(() => workbench(other, 'week-events'), { timeout: 30_000 }).toContain('本周活动')
    expect(await workbench(other, 'week-events')).not.toContain('签到测试')
    await other.context().close()
    const page = await signIn(browser, await emailOf('station-a'), PHONE)
    await expect.poll(() => workbench(page, 'week-events'), { timeout: 30_000 }).toContain('文明微讲堂：签到测试')
    await page.goto(`${stack().cmsUrl}/admin/collections/events/${id}`)
    await expect.poll(() => page.locator('.check-in-code').textContent(), { timeout: 60_000 }).toMatch(/^\d{6}$/)
    await expect.poll(() => page.locator('.check-in-counts').textContent(), { timeout: 30_000 }).toContain('已签到 0')
    await page.fill('#check-in-typed', 'ＡＢＣ')
    await page.locator('.check-in-panel').getByRole('button', { name: '签到', exact: true }).click()
    await expect.poll(() => page.locator('.check-in-said').textContent(), { timeout: 30_000 }).toContain('报名码不正确')
    // As a phone keyboard may give it: lower case, full-width, spaces instead of dashes.
    const typed = signed.body.receipt
      .replaceAll('-', ' ')
      .toLowerCase()
      .replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
    await page.fill('#check-in-typed', typed)
    await page.locator('.check-in-panel').getByRole('button', { name: '签到', exact: true }).click()
    await expect.poll(() => page.locator('.check-in-said').textContent(), { timeout: 30_000 }).toContain('签到成功')
    await expect.poll(() => page.locator('.check-in-counts').textContent(), { timeout: 30_000 }).toContain('已签到 1')
    expect(await page.getByRole('link', { name: /打印纸质签到表/ }).getAttribute('href')).toBe(`/api/events/${id}/sign-in-sheet`)
    expect(await width(page)).toBeLessThanOrEqual(PHONE.width)
    await page.context().close()
  })
})
