/**
 * 入户代填 on a community worker's phone (Chromium at 390×844), against a real admin and
 * the site built and served under its CSP: the page opened from the 代填授权 link keeps the
 * token and takes it out of the address bar, loads the open surveys, and after the
 * service worker has kept it, opens again without a network; two households filled in
 * offline (one from paper) wait on the phone and sync once when the network returns (the
 * database has exactly two answers, with the worker and the channel; 立即同步 again adds
 * nothing); a household of another area comes back 未通过 with the server's reason and can
 * be deleted after a confirmation on the page; a revoked token says to scan a new one and
 * keeps the queue, and 退出 forgets the token but not the queue. In the admin, the worker
 * takes the QR code (shown once) and 停用 it, and makes 户码 for a 楼栋. No CSP violations,
 * no script errors, no sideways scroll on the phone.
 */
import type { Payload } from 'payload'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, areaId, login, publishThroughReview, stack } from './support/cms.ts'
import { pageWidth, type ResidentSite, startResidentSite, type Watched } from './support/residentSite.ts'

const DAY = 86_400_000
const COMMUNITY = 'community@xinghualing.example'

interface Made {
  id: number
  slug: string
  title: string
  questions: { id: string; options?: { id: string; label: string }[] }[]
}

let running: ResidentSite
let payload: Payload
let survey: Made
let codes: string[]
let elsewhere: string
let token: string
let tokenId: number
let phone: Watched

async function makeSurvey(): Promise<Made> {
  const title = '入户走访需求调查'
  const made = await api<{ doc: Made }>('/api/surveys?draft=true', {
    method: 'POST',
    token: await login('editor@xinghualing.example'),
    body: {
      title,
      opensAt: new Date(Date.now() - DAY).toISOString(),
      closesAt: new Date(Date.now() + 10 * DAY).toISOString(),
      notice: { collector: '杏花岭区委宣传部', purpose: '了解老年人需求', contact: '0351-1234567' },
      area: await areaId('涧河街道'),
      allowProxy: true,
      questions: [
        { blockType: 'choice', label: '家里有几位老人？', options: [{ label: '没有' }, { label: '一位及以上' }] },
        { blockType: 'rating', label: '您对社区服务满意吗？' },
      ],
      _status: 'draft',
    },
  })
  expect(made.status, made.text).toBe(201)
  await publishThroughReview('surveys', made.body.doc.id)
  return { ...made.body.doc, title }
}

/** As the community worker, against this file's own admin. */
async function asWorker<T>(path: string, body: unknown = {}): Promise<{ status: number; body: T; text: string }> {
  const base = running.apiOrigin
  return api<T>(path, { method: 'POST', token: await login(COMMUNITY, base), body, base })
}

beforeAll(async () => {
  running = await startResidentSite('participation-field', '入户代填', async (local) => {
    payload = local
    survey = await makeSurvey()
  })
  const batch = await asWorker<{ codes: { code: string }[] }>('/api/household-codes/batch', { building: '锦绣苑5号楼', count: 3 })
  expect(batch.status, batch.text).toBe(201)
  codes = batch.body.codes.map((made) => made.code)
  const other = await api<{ codes: { code: string }[] }>('/api/household-codes/batch', {
    method: 'POST',
    token: await login('admin@xinghualing.example', running.apiOrigin),
    body: { building: '三桥小区2号楼', count: 1, area: await areaId('三桥街道') },
    base: running.apiOrigin,
  })
  elsewhere = other.body.codes[0]?.code as string
  const issued = await asWorker<{ id: number; token: string }>('/api/field-tokens/issue', { days: 7 })
  expect(issued.status, issued.text).toBe(201)
  ;({ token, id: tokenId } = issued.body)
  phone = await running.phone()
}, 600_000)

afterAll(async () => {
  await running?.close()
})

const fieldPage = () => `${running.siteUrl}/field/`
const panel = (page: Page) => page.locator('.field-panel')
const queueItems = (page: Page) => page.locator('.field-queue-item')
const answersInDatabase = async () =>
  (
    await payload.find({
      collection: 'survey-responses',
      where: { survey: { equals: survey.id } },
      depth: 0,
      overrideAccess: true,
    })
  ).docs

/** One household's sheet: the 户码 as typed, the channel, both questions answered, 保存到手机. */
async function fillHousehold(page: Page, typed: string, paper = false): Promise<void> {
  // Other test files' open surveys may be listed too.
  await page.locator('#field-survey').selectOption({ label: survey.title })
  await page.locator('#field-household').fill(typed)
  if (paper) await page.getByLabel('纸质问卷录入').check()
  await page.locator(`#field-q-${survey.questions[0]?.id}`).getByLabel('一位及以上').check()
  await page.locator(`#field-q-${survey.questions[1]?.id}`).locator('.rating-button', { hasText: '4分' }).click()
  await page.getByRole('button', { name: '保存到手机' }).click()
  await expect.poll(() => page.locator('.field-saved').textContent()).toContain('已保存到手机')
}

describe('入户代填 on a phone', () => {
  it('keeps the token off the address bar, loads the surveys and is kept for use without a network', async () => {
    const { page } = phone
    expect((await page.goto(`${fieldPage()}#token=${token}`))?.status()).toBe(200)
    await expect.poll(() => page.url()).toBe(fieldPage())
    expect(await page.evaluate(() => localStorage.getItem('xhl-field-token'))).toContain(token)
    await expect.poll(() => panel(page).textContent(), { timeout: 30_000 }).toContain('涧河街道')
    expect(await panel(page).textContent()).toContain('有效')
    expect(await page.locator('#field-survey option').allTextContents()).toContain(survey.title)
    await expect.poll(() => panel(page).textContent(), { timeout: 30_000 }).toContain('已就绪')
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 30_000 }).toBe(true)
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex')
    const sitemap = await (await fetch(`${running.siteUrl}/sitemap.xml`)).text()
    expect(sitemap).not.toContain('/field/')
    const manifest = (await (await fetch(`${running.siteUrl}/field/manifest.webmanifest`)).json()) as Record<string, unknown>
    expect(manifest).toMatchObject({ name: '入户代填', start_url: '/field/', scope: '/field/' })
    for (const icon of manifest.icons as { src: string }[]) expect((await fetch(`${running.siteUrl}${icon.src}`)).status).toBe(200)

    await page.context().setOffline(true)
    await page.reload()
    await expect.poll(() => panel(page).textContent(), { timeout: 30_000 }).toContain('涧河街道')
    expect(await page.getByRole('heading', { name: '入户代填', level: 1 }).isVisible()).toBe(true)
  })

  it('queues two households offline, then syncs them once when the network returns', async () => {
    const { page } = phone
    await fillHousehold(page, ` ${(codes[0] as string).toLowerCase()} `)
    await fillHousehold(page, codes[1] as string, true)
    expect(await queueItems(page).count()).toBe(2)
    for (const item of await queueItems(page).all()) expect(await item.textContent()).toContain('待同步')
    expect(await page.locator('.field-message').textContent()).toContain('网络不通，已保存在手机上')
    expect(await answersInDatabase()).toHaveLength(0)

    await page.context().setOffline(false)
    await expect
      .poll(async () => (await queueItems(page).allTextContents()).filter((text) => text.includes('已同步（受理编号')).length, {
        timeout: 30_000,
      })
      .toBe(2)
    const stored = await answersInDatabase()
    expect(stored).toHaveLength(2)
    expect(stored.map((doc) => doc.channel).sort()).toEqual(['paper', 'proxy'])
    const [worker] = (await payload.find({ collection: 'users', where: { email: { equals: COMMUNITY } }, depth: 0 })).docs
    expect(stored.every((doc) => doc.worker === worker?.id)).toBe(true)

    await page.getByRole('button', { name: '立即同步' }).click()
    await expect.poll(() => page.locator('.field-message').textContent()).toContain('没有待同步的答卷')
    expect(await answersInDatabase()).toHaveLength(2)
  })

  it('shows a household of another area as 未通过 with the reason, and deletes it after asking on the page', async () => {
    const { page } = phone
    await fillHousehold(page, elsewhere)
    const refused = queueItems(page).filter({ hasText: elsewhere })
    await expect.poll(() => refused.textContent(), { timeout: 30_000 }).toContain('未通过（')
    expect(await refused.textContent()).toContain('不属于您负责的区域')
    await refused.getByRole('button', { name: '删除' }).click()
    expect(await refused.textContent()).toContain('确定删除')
    await refused.getByRole('button', { name: '确定删除' }).click()
    await expect.poll(() => queueItems(page).filter({ hasText: elsewhere }).count()).toBe(0)
    expect(await answersInDatabase()).toHaveLength(2)
  })

  it('after the token is revoked, says to scan a new one and keeps the sheet', async () => {
    const { page } = phone
    expect((await asWorker(`/api/field-tokens/${tokenId}/revoke`)).status).toBe(200)
    await fillHousehold(page, codes[2] as string)
    await expect
      .poll(() => page.locator('.field-message').textContent(), { timeout: 30_000 })
      .toContain('请在后台“代填授权”领取新的代填二维码')
    expect(await panel(page).textContent()).toContain('已失效')
    await page.reload()
    await expect
      .poll(
        () =>
          queueItems(page)
            .filter({ hasText: codes[2] as string })
            .textContent(),
        { timeout: 30_000 },
      )
      .toContain('待同步')
    await expect.poll(() => page.locator('.field-message').textContent(), { timeout: 30_000 }).toContain('领取新的代填二维码')
    expect(await answersInDatabase()).toHaveLength(2)

    // 退出 warns of the sheet not yet synced, forgets the token and keeps the sheet.
    await panel(page).getByRole('button', { name: '退出' }).click()
    expect(await panel(page).textContent()).toContain('还有 1 份答卷没有同步')
    await panel(page).getByRole('button', { name: '确定退出' }).click()
    expect(await page.evaluate(() => localStorage.getItem('xhl-field-token'))).toBeNull()
    expect(
      await queueItems(page)
        .filter({ hasText: codes[2] as string })
        .textContent(),
    ).toContain('待同步')
  })

  it('gives the worker a QR code in the admin, once, and 停用 it there; makes 户码 for a 楼栋', async () => {
    const { page } = await running.phone()
    await page.goto(`${running.apiOrigin}/admin/login`)
    await page.fill('#field-email', COMMUNITY)
    await page.fill('#field-password', stack().demoPassword)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
    await page.goto(`${running.apiOrigin}/admin/collections/field-tokens`)
    await page.locator('#field-token-label').fill('走访用手机')
    await page.getByRole('button', { name: '领取代填二维码' }).click()
    const issued = page.locator('#field-token-issued')
    await expect.poll(() => issued.locator('svg').count(), { timeout: 30_000 }).toBe(1)
    expect(await issued.textContent()).toMatch(/\/field\/#token=[\w-]{43}/)
    await issued.getByRole('button', { name: '已扫码，关闭' }).click()
    expect(await issued.count()).toBe(0)
    const row = page.locator('li', { hasText: '走访用手机' })
    await row.getByRole('button', { name: '停用' }).click()
    await row.getByRole('button', { name: '确定停用' }).click()
    await expect.poll(() => page.locator('li', { hasText: '走访用手机' }).count(), { timeout: 30_000 }).toBe(0)
    const [stored] = (await payload.find({ collection: 'field-tokens', where: { label: { equals: '走访用手机' } }, overrideAccess: true }))
      .docs
    expect(stored?.revokedAt).toBeTruthy()

    await page.goto(`${running.apiOrigin}/admin/collections/household-codes`)
    await page.locator('#household-building').fill('锦绣苑6号楼')
    await page.locator('#household-count').fill('2')
    await page.getByRole('button', { name: '生成户码' }).click()
    await expect.poll(() => page.locator('#household-batch tbody tr').count(), { timeout: 30_000 }).toBe(2)
    expect(await page.locator('#household-batch').textContent()).toContain('锦绣苑6号楼')
    await page.context().close()
  })

  it('broke no CSP rule, threw no error and never scrolled sideways', async () => {
    expect(phone.violations).toEqual([])
    expect(phone.errors).toEqual([])
    expect(await pageWidth(phone.page)).toBeLessThanOrEqual(390)
  })
})
