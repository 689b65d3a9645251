/**
 * The whole path in a real Chromium: an editor writes a figure with a portrait in the
 * Chinese admin and submits it; the first reviewer sends it back with a reason; the editor
 * fixes it and resubmits; two reviewers approve; the sidebar says when the page is live
 * (the site worker updated it by itself), and a resident finds the story on a phone.
 */
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { DEMO_EMAIL } from '../cms/seed/constants.ts'
import { type Child, startChild } from '../ops/processes.ts'
import { createStaticServer } from '../ops/serve.ts'
import { launchBrowser } from '../site/print/browser.ts'
import { signIn as signInAs } from './support/admin.ts'
import { api, loginAsEditor, REVIEWER, stack } from './support/cms.ts'
import { until } from './support/wait.ts'

let browser: Browser
let portraitFile: string
let worker: Child
// The site worker of this test: it puts what review publishes on its own live site.
const live = { DATA_DIR: '', SITE_DIR: '' }

beforeAll(async () => {
  live.DATA_DIR = path.join(stack().workDir, 'phone-data')
  live.SITE_DIR = path.join(stack().workDir, 'phone-dist')
  worker = startChild('tsx', ['ops/worker.ts'], { ...process.env, ...stack().env, ...live, NODE_ENV: 'production' }, '上线')
  await until(() => existsSync(path.join(live.SITE_DIR, 'index.html')), 'the worker’s first build', 120_000)
  browser = await launchBrowser()
  portraitFile = path.join(stack().workDir, 'zhang-portrait.jpg')
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="900" height="1200"><rect width="900" height="1200" fill="#2e7d32"/><circle cx="450" cy="420" r="200" fill="#c8e6c9"/></svg>'
  await writeFile(portraitFile, await sharp(Buffer.from(svg)).jpeg().toBuffer())
})

afterAll(async () => {
  await browser?.close()
  await worker?.stop()
})

/** The shared sign-in (tests/support/admin.ts), at desktop width. */
const signIn = (email: string): Promise<Page> => signInAs(browser, email)

const stateOf = (page: Page) => page.locator('#field-review__state').textContent()

/** Saves the draft and waits until the server has stored it. */
async function saveDraft(page: Page): Promise<void> {
  const saved = page.waitForResponse(
    (response) => /\/api\/figures/.test(response.url()) && response.request().method() !== 'GET' && response.ok(),
  )
  await page.locator('#action-save-draft').click()
  await saved
}

it('an editor’s figure passes two levels of review in the Chinese admin and a resident reads it on a phone', async () => {
  const { cmsUrl } = stack()
  const editor = await signIn(DEMO_EMAIL)
  expect(await editor.getAttribute('html', 'lang')).toBe('zh')

  await editor.goto(`${cmsUrl}/admin/collections/figures/create`)
  await expect.poll(() => editor.locator('label[for="field-name"]').textContent()).toContain('姓名')
  // No publish button: publishing goes through review.
  expect(await editor.locator('#action-save').count()).toBe(0)
  // Saving an empty form: the admin names the missing fields in Chinese and saves nothing.
  await editor.locator('#action-save-draft').click()
  await expect.poll(() => editor.locator('.field-type.text.error, .field-type.textarea.error').count()).toBeGreaterThanOrEqual(3)
  expect(await editor.locator('body').textContent()).toMatch(/必填/)
  expect(editor.url()).toMatch(/\/create$/)

  await editor.fill('#field-name', '张秀英')
  // The rich-text editor reports its changes after a short debounce: type it first, long before saving.
  await editor.locator('.field-type.rich-text-lexical [contenteditable="true"]').first().click()
  await editor.keyboard.type('她每天清晨打扫楼道，帮助独居老人买菜取药。（测试数据）')
  await editor.fill('#field-honourTitle', '最美楼院长')
  await editor.locator('#field-area').click()
  await editor.keyboard.type('杏花岭街道')
  await editor.locator('.rs__option', { hasText: '杏花岭街道' }).first().click()
  await editor.fill('#field-summary', '二十年如一日照看楼院，邻里都叫她张大姐，电话13812345678。')
  await editor
    .locator('.field-type.upload')
    .getByRole('button', { name: /新建|创建/ })
    .first()
    .click()
  const drawer = editor.locator('dialog, .drawer').last()
  await drawer.locator('input[type="file"]').setInputFiles(portraitFile)
  await drawer.locator('#field-alt').fill('张秀英在楼院里（测试图片）')
  await drawer.locator('#action-save').click()
  await expect.poll(() => editor.locator('.field-type.upload').textContent()).toContain('zhang-portrait')
  await saveDraft(editor)
  await editor.waitForURL(/\/admin\/collections\/figures\/\d+/)
  const documentUrl = editor.url()
  const id = Number(documentUrl.split('/').pop())
  const stored = async () => JSON.stringify((await api(`/api/figures/${id}?draft=true`, { token: await loginAsEditor() })).body)
  expect(await stored()).toContain('帮助独居老人买菜取药')

  // 打印预览: the draft as it would print, before anyone publishes it; the small test photo is flagged.
  await editor.getByRole('button', { name: '检查印刷效果' }).click()
  const check = (product: string) => editor.locator(`[data-print-check="${product}"]`).textContent()
  await expect.poll(() => check('poster-a4'), { timeout: 60_000 }).toContain('1 页')
  expect(await check('poster-a4')).toMatch(/A4 海报上的照片只有 \d+ dpi（印刷需要 300 dpi）/)
  await expect.poll(() => check('leaflet-a5'), { timeout: 60_000 }).toContain('2 页')
  expect(await editor.locator('.print-panel a', { hasText: '海报 A3' }).getAttribute('href')).toBe(`/api/figures/${id}/print/poster-a3`)

  // The phone number in the summary blocks submission, naming the field.
  await editor.locator('#review-submit').click()
  await expect.poll(() => editor.locator('.review-failures').textContent()).toContain('“一句话简介”中有居民的手机号码“13812345678”')
  await editor.fill('#field-summary', '二十年如一日照看楼院，邻里都叫她张大姐。')
  await saveDraft(editor)
  await editor.locator('#review-submit').click()
  await expect.poll(() => stateOf(editor)).toContain('待初审')

  const first = await signIn(REVIEWER(1))
  await first.goto(documentUrl)
  await first.locator('#review-reject').click()
  await expect
    .poll(() => first.locator('.review-failures, .toast-error, [data-sonner-toast]').first().textContent())
    .toContain('退回时必须填写退回理由')
  await first.fill('#review-reason', '请补充获评年份，并核实称号写法。')
  await first.locator('#review-reject').click()
  // A draft sent back is named so everywhere: 被退回, not an unsubmitted 草稿.
  await expect.poll(() => stateOf(first)).toBe('被退回')

  await editor.goto(documentUrl)
  await expect
    .poll(() => editor.locator('.review-history').textContent())
    .toContain('示例初审 退回（初审）：请补充获评年份，并核实称号写法。')
  await editor.fill('#field-yearHonoured', '2024')
  await saveDraft(editor)
  await editor.locator('#review-submit').click()
  await expect.poll(() => stateOf(editor)).toContain('待初审')

  await first.goto(documentUrl)
  await first.locator('#review-approve').click()
  await expect.poll(() => stateOf(first)).toContain('待复审')
  const second = await signIn(REVIEWER(2))
  await second.goto(documentUrl)
  await second.locator('#review-approve').click()
  await expect.poll(() => stateOf(second)).toContain('已发布')
  // Nobody runs a build: the sidebar tells the reviewer when the page is live.
  await expect.poll(() => second.locator('.live-status').textContent(), { timeout: 60_000, interval: 500 }).toContain('已上线')

  const server = createStaticServer(live.SITE_DIR)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  try {
    const phone = await browser.newPage({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })
    const list = await phone.goto(`${origin}/figures/`)
    expect(list?.status()).toBe(200)
    await phone.getByRole('link', { name: /张秀英/ }).click()
    await phone.waitForURL(/\/figures\/zhang-xiu-ying\/$/)
    await expect.poll(() => phone.locator('h1').textContent()).toBe('张秀英')
    expect(await phone.locator('.story').textContent()).toContain('帮助独居老人买菜取药')
    const portrait = phone.locator('.figure-hero img')
    expect(await portrait.getAttribute('alt')).toBe('张秀英在楼院里（测试图片）')
    expect(await portrait.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    // Nothing wider than the phone: no sideways scrolling.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    const leaflet = await phone.request.get(`${origin}/print/figures/zhang-xiu-ying/leaflet-a5.pdf`)
    expect(leaflet.status()).toBe(200)
    expect(leaflet.headers()['content-type']).toBe('application/pdf')
  } finally {
    server.close()
  }
})
