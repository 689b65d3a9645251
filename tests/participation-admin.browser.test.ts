/**
 * 居民参与 in the admin, as a busy editor on a phone (issue 18): the nominations list, one
 * nomination, and 转为人物草稿 in one tap, which opens the new 人物 draft.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from '../site/print/browser.ts'
import { ACCOUNTS, PHONE, signIn } from './support/admin.ts'
import { areaId, localPayload, stack } from './support/cms.ts'
import { nominate } from './support/participation.ts'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('a nomination in the admin', () => {
  it('becomes a 人物 draft with one tap on a phone, which then opens', async () => {
    const sent = await nominate({
      nominee: '赵桂兰',
      area: await areaId('涧河街道'),
      story: '赵大姐常年照顾楼里的独居老人，帮忙买菜、送药、陪同看病，邻居们都称赞她。',
    })
    expect(sent.status).toBe(201)
    const payload = await localPayload()
    const found = await payload.find({
      collection: 'nominations',
      where: { reference: { equals: sent.body.reference } },
      overrideAccess: true,
    })
    const id = found.docs[0]?.id
    await payload.destroy()
    const page = await signIn(browser, ACCOUNTS.editor, PHONE)
    await page.goto(`${stack().cmsUrl}/admin/collections/nominations`)
    await expect.poll(() => page.getByText(String(sent.body.reference)).count(), { timeout: 30_000 }).toBeGreaterThan(0)
    await page.goto(`${stack().cmsUrl}/admin/collections/nominations/${id}`)
    await page.getByRole('button', { name: '转为人物草稿' }).click()
    await page.waitForURL(/\/admin\/collections\/figures\/\d+/, { timeout: 60_000 })
    await expect.poll(() => page.locator('input[name="name"]').inputValue(), { timeout: 30_000 }).toBe('赵桂兰')
    await page.context().close()
  })
})
