/**
 * 文明课单 end to end in Chromium (issue 19): a resident on a phone finds a 课单 on the
 * district's menu and orders it (the proof of work solved by the widget, no puzzle); the
 * place's station approves and dispatches, the team accepts; the resident follows the order
 * by its receipt code; the team's 结项报告 becomes a draft article (never published by
 * itself); the resident rates it, and the rating stays 待审核 until the station lets it show.
 * No CSP violation, no script error, no request beyond the site and the API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api } from './support/cms.ts'
import { type ResidentSite, startResidentSite } from './support/residentSite.ts'
import { report, type ServiceWorld, serviceWorld, soon, step } from './support/services.ts'

let resident: ResidentSite
let world: ServiceWorld
let receipt = ''
let orderId = 0
/** This file's 课单 on the district menu (other files' items are there too). */
let itemName = /^$/

beforeAll(async () => {
  resident = await startResidentSite('participation-services', '文明课单', async (payload) => {
    world = await serviceWorld(payload, 'browser')
    const item = await payload.findByID({ collection: 'service-items', id: world.items[0], depth: 0, overrideAccess: true })
    itemName = new RegExp(`${item.title}(?!\\d)`)
  })
}, 600_000)

afterAll(async () => {
  await resident?.close()
})

async function lookUp(code: string) {
  const watched = await resident.phone()
  await watched.page.goto(`${resident.siteUrl}/messages/receipt/`)
  await watched.page.getByLabel(/^回执码/).fill(code)
  await watched.page.getByRole('button', { name: '查询' }).click()
  await expect.poll(() => watched.page.locator('.receipt-details').textContent(), { timeout: 30_000 }).toContain('办理记录')
  return watched
}

describe('文明课单 on a phone', () => {
  it('orders a 课单 from the district’s menu and gets a receipt code, within the CSP', async () => {
    const { page, violations, origins, errors } = await resident.phone()
    expect((await page.goto(`${resident.siteUrl}/services/`))?.status()).toBe(200)
    await page.getByRole('link', { name: itemName }).click()
    await expect.poll(() => page.locator('h1').textContent()).toMatch(itemName)
    await page.getByLabel(/^服务对象/).fill('金刚里社区老年人')
    await page.getByLabel(/^人数/).fill('２５')
    await page.getByLabel(/^希望服务的日期/).fill(soon(4).slice(0, 10))
    await page.getByLabel(/^开始时间/).fill('14:30')
    await page.getByLabel(/^服务地点/).fill('金刚里社区活动室')
    await page.getByLabel(/我已阅读并同意/).check()
    await page.getByRole('button', { name: '提交点单' }).click()
    await expect
      .poll(() => page.locator('.receipt-code').textContent(), { timeout: 60_000 })
      .toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    receipt = (await page.locator('.receipt-code').textContent()) ?? ''
    const { docs } = await resident.payload.find({
      collection: 'service-orders',
      where: { venue: { equals: '金刚里社区活动室' } },
      overrideAccess: true,
    })
    expect(docs[0]).toMatchObject({ people: 25, state: 'submitted', channel: 'online' })
    orderId = docs[0]?.id as number
    expect(violations).toEqual([])
    expect(errors).toEqual([])
    expect([...origins].sort()).toEqual([resident.apiOrigin, resident.siteUrl].sort())
    await page.context().close()
  })

  it('the station approves and dispatches, the team accepts, and the resident sees 服务中 with each step', async () => {
    expect((await step(orderId, world.tokens.stationA, { action: 'approve' })).status).toBe(200)
    expect((await step(orderId, world.tokens.stationA, { action: 'dispatch', team: world.teams.first })).status).toBe(200)
    expect((await step(orderId, world.tokens.leader1, { action: 'accept' })).status).toBe(200)
    const { page, errors } = await lookUp(receipt)
    const details = await page.locator('.receipt-details').textContent()
    expect(details).toContain('服务中')
    expect(details).toMatch(/点单.*审单通过.*派单.*接单/s)
    expect(details).toContain('阵地工作人员（')
    expect(details).not.toMatch(/station-a|leader-1/)
    expect(await page.getByRole('button', { name: '取消这张课单' }).count()).toBe(0)
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('the report becomes a draft article, and the rating waits for a station worker', async () => {
    const filed = await report(orderId, world.tokens.leader1, { consent: true, photos: 1 })
    expect(filed.status).toBe(201)
    const article = await resident.payload.findByID({
      collection: 'articles',
      id: filed.body.article as number,
      draft: true,
      overrideAccess: true,
    })
    expect(article._status).toBe('draft')
    const { page, errors, violations } = await lookUp(receipt)
    expect(await page.locator('.receipt-details').textContent()).toContain('已完成')
    await page.getByLabel('5 分').check()
    await page.getByLabel(/^评价（选填/).fill('讲得清楚，老人们都说好。')
    await page.getByRole('button', { name: '提交评价' }).click()
    await expect.poll(() => page.locator('.order-progress').textContent(), { timeout: 30_000 }).toContain('（待审核）')
    const review = await api(`/api/service-orders/${orderId}/rating`, {
      method: 'POST',
      token: world.tokens.stationA,
      body: { decision: 'approve' },
    })
    expect(review.status).toBe(200)
    await page.reload()
    await page.getByLabel(/^回执码/).fill(receipt)
    await page.getByRole('button', { name: '查询' }).click()
    await expect.poll(() => page.locator('.order-progress').textContent(), { timeout: 30_000 }).toContain('（已公开）')
    expect(errors).toEqual([])
    expect(violations).toEqual([])
    await page.context().close()
  })

  it('without JavaScript the order page says why, and lists the 课单 on the place’s menu', async () => {
    const { page } = await resident.phone(false)
    await page.goto(`${resident.siteUrl}/services/`)
    const placeLink = page.locator('.service-list a').nth(1)
    expect((await page.goto(`${resident.siteUrl}${await placeLink.getAttribute('href')}`))?.status()).toBe(200)
    expect(await page.locator('h1').textContent()).toContain('的课单')
    await page.goto(`${resident.siteUrl}/services/`)
    await page.getByRole('link', { name: itemName }).click()
    expect(await page.locator('.noscript-note').textContent()).toContain('需要开启浏览器脚本')
    expect(await page.getByRole('button', { name: '提交点单' }).isDisabled()).toBe(true)
    await page.context().close()
  })
})
