/**
 * The walking skeleton end to end in a real Chromium: an editor signs in to the Chinese
 * admin, writes a figure with a portrait, publishes it, the site is rebuilt, and a
 * resident finds the story on a phone-sized screen.
 */

import { writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { DEMO_EMAIL } from '../cms/seed/constants.ts'
import { launchBrowser } from '../site/print/browser.ts'
import { createStaticServer } from '../site/serve.ts'
import { buildSite, stack } from './support/cms.ts'

let browser: Browser
let portraitFile: string

beforeAll(async () => {
  browser = await launchBrowser()
  portraitFile = path.join(stack().workDir, 'zhang-portrait.jpg')
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="900" height="1200"><rect width="900" height="1200" fill="#2e7d32"/><circle cx="450" cy="420" r="200" fill="#c8e6c9"/></svg>'
  await writeFile(portraitFile, await sharp(Buffer.from(svg)).jpeg().toBuffer())
})

afterAll(async () => {
  await browser?.close()
})

it('an editor publishes a figure in the Chinese admin and a resident reads it on a phone', async () => {
  const { cmsUrl, demoPassword } = stack()
  const admin = await browser.newPage({ viewport: { width: 1366, height: 900 } })

  await admin.goto(`${cmsUrl}/admin/login`)
  expect(await admin.getAttribute('html', 'lang')).toBe('zh')
  expect(await admin.title()).toContain('登录')
  await admin.fill('#field-email', DEMO_EMAIL)
  await admin.fill('#field-password', demoPassword)
  await admin.click('button[type="submit"]')
  await admin.waitForURL(/\/admin\/?$/)

  await admin.goto(`${cmsUrl}/admin/collections/figures/create`)
  await expect.poll(() => admin.locator('label[for="field-name"]').textContent()).toContain('姓名')
  // Publishing an empty form: the admin names the missing fields in Chinese and saves nothing.
  await admin.locator('#action-save').click()
  await expect.poll(() => admin.locator('.field-type.text.error, .field-type.textarea.error').count()).toBeGreaterThanOrEqual(3)
  expect(await admin.locator('body').textContent()).toMatch(/必填/)
  expect(admin.url()).toMatch(/\/create$/)
  await admin.fill('#field-name', '张秀英')
  await admin.fill('#field-honourTitle', '最美楼院长')
  await admin.locator('#field-area').click()
  await admin.keyboard.type('杏花岭街道')
  await admin.locator('.rs__option', { hasText: '杏花岭街道' }).first().click()
  await admin.fill('#field-summary', '二十年如一日照看楼院，邻里都叫她“张大姐”（测试数据）。')

  // Portrait: upload a new image through the field's own drawer, with its alt text.
  await admin
    .locator('.field-type.upload')
    .getByRole('button', { name: /新建|创建/ })
    .first()
    .click()
  const drawer = admin.locator('dialog, .drawer').last()
  await drawer.locator('input[type="file"]').setInputFiles(portraitFile)
  await drawer.locator('#field-alt').fill('张秀英在楼院里（测试图片）')
  await drawer.locator('#action-save').click()
  await expect.poll(() => admin.locator('.field-type.upload').textContent()).toContain('zhang-portrait')

  const editor = admin.locator('.field-type.rich-text-lexical [contenteditable="true"]').first()
  await editor.click()
  await admin.keyboard.type('她每天清晨打扫楼道，帮助独居老人买菜取药。（测试数据）')

  await admin.locator('#action-save').click()
  await admin.waitForURL(/\/admin\/collections\/figures\/\d+/)
  await expect.poll(() => admin.locator('.doc-controls').textContent()).toMatch(/已发布/)
  await admin.close()

  const siteDir = await buildSite()
  const server = createStaticServer(siteDir)
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
    const leaflet = await phone.request.get(`${origin}/print/figures/zhang-xiu-ying.pdf`)
    expect(leaflet.status()).toBe(200)
    expect(leaflet.headers()['content-type']).toBe('application/pdf')
  } finally {
    server.close()
  }
})
