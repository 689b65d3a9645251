/**
 * The 留言 form as a resident meets it (issue 18): a phone at 390 px, the site served by
 * its own static server under its CSP, the form an island that posts cross-origin to the
 * participation API of a real admin. The proof of work is solved by the widget's worker
 * with nobody clicking a puzzle; the message arrives; no CSP violation, and no request
 * leaves the site and the API. Without JavaScript the page says why and nothing can be
 * typed; a refusal keeps what was typed.
 */
import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { localPayload } from './support/cms.ts'
import { phone as newPhone, type ParticipationSite, pageWidth, startParticipationSite } from './support/participationSite.ts'

let running: ParticipationSite
let browser: Browser
let payload: Payload
let siteUrl: string
let apiOrigin: string
/** The receipt code the first test was given, for the receipt page's test. */
let receipt = ''

beforeAll(async () => {
  running = await startParticipationSite('participation-form', async () => {
    payload = await localPayload()
  })
  ;({ browser, siteUrl, apiOrigin } = running)
}, 600_000)

afterAll(async () => {
  await running?.stop()
  await payload?.destroy()
})

const phone = (javaScriptEnabled = true) => newPhone(browser, { javaScriptEnabled })

const messageWith = async (text: string) =>
  (await payload.find({ collection: 'messages', where: { body: { equals: text } }, overrideAccess: true, depth: 0 })).docs[0]

describe('the 留言 form on a phone', () => {
  it('solves the challenge by itself, sends the message cross-origin and shows the receipt code, within the CSP', async () => {
    const { page, violations, origins, errors } = await phone()
    expect((await page.goto(`${siteUrl}/messages/`))?.status()).toBe(200)
    const body = '小区门口的垃圾桶满了，请安排清运。这是浏览器测试。'
    await page.getByLabel('咨询', { exact: true }).check()
    await page.getByLabel(/^内容/).fill(body)
    await page.getByLabel(/我已阅读并同意/).check()
    await page.getByRole('button', { name: '提交留言' }).click()
    await expect
      .poll(() => page.locator('.receipt-code').textContent(), { timeout: 60_000 })
      .toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    const stored = await messageWith(body)
    expect(stored?.kind).toBe('consult')
    expect(stored?.deviceHash).toMatch(/^[0-9a-f]{64}$/)
    expect(violations).toEqual([])
    expect(errors).toEqual([])
    expect([...origins].sort()).toEqual([apiOrigin, siteUrl].sort())
    expect(await pageWidth(page)).toBeLessThanOrEqual(390)
    receipt = (await page.locator('.receipt-code').textContent()) ?? ''
    await page.context().close()
  })

  it('opens the message by its receipt code however it is typed, then withdraws it with a second tap, no pop-up', async () => {
    const { page, violations, errors } = await phone()
    page.on('dialog', () => errors.push('a pop-up opened'))
    await page.goto(`${siteUrl}/messages/receipt/`)
    await page.getByLabel(/^回执码/).fill(` ${receipt.toLowerCase().replaceAll('-', ' ')} `)
    await page.getByRole('button', { name: '查询' }).click()
    await expect.poll(() => page.locator('.receipt-details').textContent(), { timeout: 30_000 }).toContain('小区门口的垃圾桶满了')
    expect(await page.locator('.receipt-details').textContent()).toContain('已受理')
    await page.getByRole('button', { name: '撤回这条留言' }).click()
    await page.getByRole('button', { name: '确定撤回' }).click()
    await expect.poll(() => page.locator('.receipt-lookup .form-status').textContent(), { timeout: 30_000 }).toContain('已撤回')
    expect(await messageWith('小区门口的垃圾桶满了，请安排清运。这是浏览器测试。')).toBeUndefined()
    expect(violations).toEqual([])
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('keeps what was typed when the server refuses it, and on the phone across a reload, and says why in Chinese', async () => {
    const { page } = await phone()
    await page.goto(`${siteUrl}/messages/`)
    const body = '这条留言的电话写错了，内容不能丢。'
    await page.getByLabel('建议', { exact: true }).check()
    await page.getByLabel(/^内容/).fill(body)
    await page.getByLabel(/^联系电话/).fill('打我电话')
    await page.getByLabel(/我已阅读并同意/).check()
    await page.getByRole('button', { name: '提交留言' }).click()
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 60_000 }).toContain('联系电话')
    expect(await page.getByLabel(/^内容/).inputValue()).toBe(body)
    expect(await messageWith(body)).toBeUndefined()
    // Kept on the phone: a reloaded (or reopened) page brings the text back.
    await page.reload()
    await expect.poll(() => page.getByLabel(/^内容/).inputValue(), { timeout: 30_000 }).toBe(body)
    await page.context().close()
  })

  it('without JavaScript says why the form cannot be sent, and nothing can be typed into it', async () => {
    const { page } = await phone(false)
    await page.goto(`${siteUrl}/messages/`)
    expect(await page.locator('.noscript-note').textContent()).toContain('需要开启浏览器脚本')
    expect(await page.locator('.notice').textContent()).toContain('保存期限')
    expect(await page.getByLabel(/^内容/).isDisabled()).toBe(true)
    expect(await page.getByRole('button', { name: '提交留言' }).isDisabled()).toBe(true)
    await page.context().close()
  })
})
