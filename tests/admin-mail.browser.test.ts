/**
 * Mail without a mail server: the admin sends through SMTP to this run's local catching
 * server (as `npm start` does without SMTP_URL). A password reset is asked for in the real
 * admin, the mail arrives in Chinese, its link sets a new password that then signs in, and
 * only administrators can read the caught mail, under a banner that it was not delivered.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { CaughtMail } from '../ops/mailCatcher.ts'
import { launchBrowser } from '../site/print/browser.ts'
import { ACCOUNTS, signIn } from './support/admin.ts'
import { api, login, stack } from './support/cms.ts'
import { mailsTo } from './support/mail.ts'
import { until } from './support/wait.ts'

let browser: Browser
const EMAIL = 'reset-test@xinghualing.example'
const NEW_PASSWORD = '春风十里-Xhl-重设-2026'

const mailTo = async (address: string) => (await mailsTo(address, '重设密码'))[0]

beforeAll(async () => {
  browser = await launchBrowser()
  const { status } = await api('/api/users', {
    method: 'POST',
    token: await login(ACCOUNTS.admin),
    body: { email: EMAIL, name: '重设测试编辑', role: 'editor', password: 'Xhl-初始-密码-甲乙丙-2026' },
  })
  expect(status).toBe(201)
})

afterAll(async () => {
  await browser?.close()
})

describe('password reset by mail, caught on this machine', () => {
  it('mails a Chinese reset link that sets a new password', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${stack().cmsUrl}/admin/forgot`)
    await page.waitForLoadState('networkidle')
    await page.fill('#field-email', EMAIL)
    await page.click('button[type="submit"]')
    await until(async () => Boolean(await mailTo(EMAIL)), 'the reset mail', 20_000)
    const mail = (await mailTo(EMAIL)) as CaughtMail
    expect(mail.subject).toBe('杏花岭宣传微平台：重设密码')
    expect(mail.text).toContain('重设测试编辑，您好')
    const link = /https?:\/\/\S+\/admin\/reset\/\S+/.exec(mail.text)?.[0] as string
    expect(link.startsWith(stack().cmsUrl)).toBe(true)

    await page.goto(link)
    // The form takes what is typed only once it is live.
    await page.waitForLoadState('networkidle')
    await page.fill('#field-password', NEW_PASSWORD)
    await page.fill('#field-confirm-password', NEW_PASSWORD)
    const reset = page.waitForResponse((response) => response.url().includes('/api/users/reset-password'))
    await page.click('button[type="submit"]')
    expect((await reset).status()).toBe(200)
    await page.waitForURL(/\/admin\/?$/)
    await context.close()

    const { status } = await api('/api/users/login', { method: 'POST', body: { email: EMAIL, password: NEW_PASSWORD } })
    expect(status).toBe(200)
  })

  it('lets administrators only read the caught mail, under a banner that it was not delivered', async () => {
    const admin = await signIn(browser, ACCOUNTS.admin)
    await admin.goto(`${stack().cmsUrl}/admin/caught-mail`)
    expect(await admin.locator('.caught-mail__banner').textContent()).toContain('邮件没有真正发出')
    expect(await admin.locator('.caught-mail__item', { hasText: EMAIL }).first().textContent()).toContain('重设密码')
    await admin.context().close()

    const editor = await signIn(browser, ACCOUNTS.editor)
    await editor.goto(`${stack().cmsUrl}/admin/caught-mail`)
    expect(await editor.locator('body').textContent()).toContain('只有管理员可以查看')
    expect(await editor.locator('.caught-mail__item').count()).toBe(0)
    expect(await editor.locator('#nav-caught-mail').count()).toBe(0)
    await editor.context().close()
  })
})

describe('a reset link used twice', () => {
  it('is refused in Chinese, saying what to do', async () => {
    const { status, body } = await api<{ errors: { message: string }[] }>('/api/users/reset-password', {
      method: 'POST',
      body: { token: 'no-such-token-0123456789abcdef', password: NEW_PASSWORD },
    })
    expect(status).toBeGreaterThanOrEqual(400)
    expect(body.errors[0]?.message).toContain('重设密码的链接已经用过或已过期')
  })
})
