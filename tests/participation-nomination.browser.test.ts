/**
 * The 好人推荐 form as a resident meets it: a phone at 390 px, the site served by its own
 * static server under its CSP, the form an island that posts multipart cross-origin to a
 * real admin. A photo straight from a phone camera (4000×3000, several MB, turned by its
 * EXIF, with a location) is made small in the browser — upright, at most 1600 px, under
 * 1.5 MB, without EXIF — before it leaves; the nomination arrives with it; the receipt
 * code opens and withdraws it. No CSP violation, no request beyond the site and the API.
 * Without JavaScript the page says why and nothing can be typed; a refusal, and a photo
 * that cannot be read, lose nothing that was typed.
 */
import { randomBytes } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { NOMINATION_LIMITS, RETENTION_DAYS } from '../contract/participation.ts'
import { type ResidentSite, startResidentSite } from './support/residentSite.ts'

let resident: ResidentSite
/** A photo as a phone camera writes it. */
let cameraPhoto = ''
let cameraBytes = 0
/** The receipt code the first test was given, for the receipt page's test. */
let receipt = ''

/** EXIF with a GPS IFD (its pointer tag 0x8825, in either byte order). */
const hasGps = (exif: Buffer | undefined) =>
  Boolean(exif && (exif.includes(Buffer.from([0x25, 0x88])) || exif.includes(Buffer.from([0x88, 0x25]))))

/** 4000×3000 of noise (it hardly compresses), stored landscape and turned upright by its EXIF (orientation 6), with a location. */
async function writeCameraPhoto(file: string): Promise<void> {
  const [width, height] = [4000, 3000]
  const jpeg = await sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 80 })
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'TestPhone' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '37/1 53/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '112/1 34/1 0/1' },
    })
    .toBuffer()
  const meta = await sharp(jpeg).metadata()
  // The control: what the browser is given really is large, turned and located.
  expect(jpeg.length).toBeGreaterThan(NOMINATION_LIMITS.photoBytes)
  expect(meta.orientation).toBe(6)
  expect(hasGps(meta.exif)).toBe(true)
  await writeFile(file, jpeg)
  cameraBytes = jpeg.length
}

beforeAll(async () => {
  resident = await startResidentSite('participation-nomination', '好人推荐表单')
  cameraPhoto = path.join(resident.workDir, 'camera.jpg')
  await writeCameraPhoto(cameraPhoto)
}, 600_000)

afterAll(async () => {
  await resident?.close()
})

const nominationWith = async (story: string) =>
  (await resident.payload.find({ collection: 'nominations', where: { story: { equals: story } }, overrideAccess: true, depth: 0 })).docs[0]

/** The page once hydrated: its fields enabled. */
async function openForm(page: Page): Promise<void> {
  expect((await page.goto(`${resident.siteUrl}/nominations/`))?.status()).toBe(200)
  await expect.poll(() => page.getByLabel(/^被推荐人姓名/).isEnabled(), { timeout: 30_000 }).toBe(true)
}

/**
 * The photos exactly as the page hands them to fetch (Chromium does not report a request
 * body that holds files): each `photo` part of a FormData body, as base64.
 */
async function recordSentPhotos(page: Page): Promise<Buffer[]> {
  const sent: Buffer[] = []
  await page.exposeFunction('reportSentPhoto', (base64: string) => sent.push(Buffer.from(base64, 'base64')))
  await page.addInitScript(() => {
    const report = (window as unknown as { reportSentPhoto: (base64: string) => Promise<void> }).reportSentPhoto
    const original = window.fetch.bind(window)
    window.fetch = async (input, init) => {
      if (init?.body instanceof FormData) {
        for (const part of init.body.getAll('photo')) {
          const bytes = new Uint8Array(await (part as Blob).arrayBuffer())
          let binary = ''
          for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000))
          await report(btoa(binary))
        }
      }
      return original(input, init)
    }
  })
  return sent
}

/** The photo as the browser made it: upright (3000×4000 shown → 1200×1600), JPEG, within the limit, no EXIF at all. */
async function expectMadeSmall(photo: Buffer): Promise<void> {
  expect(photo.length).toBeLessThanOrEqual(NOMINATION_LIMITS.photoBytes)
  expect(photo.length).toBeLessThan(cameraBytes)
  const meta = await sharp(photo).metadata()
  expect(meta.format).toBe('jpeg')
  expect([meta.width, meta.height]).toEqual([1200, 1600])
  expect(meta.exif).toBeUndefined()
}

/** The nomination as stored: its one photo within the limits, without a location. */
async function expectStored(story: string): Promise<void> {
  const stored = await nominationWith(story)
  expect(stored?.nominee).toBe('王建国')
  expect(stored?.honourKind).toBe('good-neighbour')
  expect(stored?.goodDeed).toBe('helping-others')
  expect(stored?.photos).toHaveLength(1)
  const upload = await resident.payload.findByID({
    collection: 'participation-uploads',
    id: stored?.photos?.[0] as number,
    overrideAccess: true,
    depth: 0,
  })
  expect(upload.filesize ?? Infinity).toBeLessThanOrEqual(NOMINATION_LIMITS.photoBytes)
  expect(Math.max(upload.width ?? Infinity, upload.height ?? Infinity)).toBeLessThanOrEqual(1600)
  const file = await sharp(path.join(resident.workDir, 'data', 'participation-uploads', upload.filename ?? '')).metadata()
  expect(hasGps(file.exif)).toBe(false)
}

const STORY = '王师傅在小区门口修了二十年自行车，邻居有困难总是第一个帮忙，还常年义务照顾独居老人。这是浏览器测试。'

describe('the 好人推荐 form on a phone', () => {
  it('makes a camera photo small on the phone, sends the nomination cross-origin and shows the receipt code, within the CSP', async () => {
    const { page, violations, origins, errors, consoleErrors } = await resident.phone()
    const sent = await recordSentPhotos(page)
    await openForm(page)
    await page.getByLabel(/^被推荐人姓名/).fill('王建国')
    await page.getByLabel(/^推荐类别/).selectOption({ label: '身边好人' })
    await page.getByLabel(/^事迹类别/).selectOption({ label: '助人为乐' })
    await page.getByLabel(/^事迹（/).fill(STORY)
    await page.getByLabel(/^照片/).setInputFiles(cameraPhoto)
    await expect.poll(() => page.locator('.photo-list .photo-text').textContent(), { timeout: 60_000 }).toMatch(/^照片 1：1200×1600，/)
    expect(await page.getByRole('img', { name: '照片 1 预览' }).getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/)
    await page.getByLabel(/^称呼/).fill('李女士')
    await page.getByLabel(/我已阅读并同意/).check()
    await page.getByRole('button', { name: '提交推荐' }).click()
    await expect
      .poll(() => page.locator('.receipt-code').textContent(), { timeout: 60_000 })
      .toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    receipt = (await page.locator('.receipt-code').textContent()) ?? ''
    expect(sent).toHaveLength(1)
    await expectMadeSmall(sent[0] as Buffer)
    expect(await page.getByRole('heading', { name: '推荐已收到' }).count()).toBe(1)
    expect(await page.locator('.message-receipt').getByRole('link', { name: '查询回执' }).getAttribute('href')).toBe('/messages/receipt/')
    await expectStored(STORY)
    expect(violations).toEqual([])
    expect(errors).toEqual([])
    expect(consoleErrors.filter((line) => line.includes('island'))).toEqual([])
    expect([...origins].sort()).toEqual([resident.apiOrigin, resident.siteUrl].sort())
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    // Sent: the draft is gone from the phone.
    expect(await page.evaluate(() => localStorage.getItem('xhl-draft-nominations'))).toBeNull()
    await page.context().close()
  })

  it('opens the nomination by its receipt code, then withdraws it with its photo', async () => {
    const { page, violations, errors } = await resident.phone()
    const stored = await nominationWith(STORY)
    await page.goto(`${resident.siteUrl}/messages/receipt/`)
    await page.getByLabel(/^回执码/).fill(receipt)
    await page.getByRole('button', { name: '查询' }).click()
    const details = page.locator('.receipt-details')
    await expect.poll(() => details.textContent(), { timeout: 30_000 }).toContain('好人推荐')
    expect(await details.textContent()).toContain('被推荐人王建国')
    expect(await details.textContent()).toContain('事迹王师傅')
    expect(await details.textContent()).toContain('本人同意')
    await page.getByRole('button', { name: '撤回这条推荐' }).click()
    await page.getByRole('button', { name: '确定撤回' }).click()
    await expect.poll(() => page.locator('.receipt-lookup .form-status').textContent(), { timeout: 30_000 }).toContain('这条推荐、照片')
    expect(await nominationWith(STORY)).toBeUndefined()
    const photos = await resident.payload.find({
      collection: 'participation-uploads',
      where: { id: { in: stored?.photos as number[] } },
      overrideAccess: true,
    })
    expect(photos.totalDocs).toBe(0)
    expect(violations).toEqual([])
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('keeps what was typed when a photo cannot be read and when the server refuses, and on the phone across a reload', async () => {
    const { page, violations } = await resident.phone()
    await openForm(page)
    const story = '这条推荐的电话写错了，照片也坏了，但是写下的事迹一个字都不能丢。'
    await page.getByLabel(/^被推荐人姓名/).fill('赵大姐')
    await page.getByLabel(/^事迹（/).fill(story)
    await page.getByLabel(/^照片/).setInputFiles({ name: 'broken.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('这不是一张照片') })
    await expect.poll(() => page.locator('.photo-error').textContent(), { timeout: 30_000 }).toContain('无法读取这张照片')
    expect(await page.getByLabel(/^事迹（/).inputValue()).toBe(story)
    await page.getByLabel(/^联系电话/).fill('打我电话')
    await page.getByLabel(/我已阅读并同意/).check()
    await page.getByRole('button', { name: '提交推荐' }).click()
    await expect.poll(() => page.locator('.form-errors').textContent(), { timeout: 60_000 }).toContain('联系电话')
    expect(await page.getByLabel(/^被推荐人姓名/).inputValue()).toBe('赵大姐')
    expect(await page.getByLabel(/^事迹（/).inputValue()).toBe(story)
    expect(await page.locator('.photo-error').count()).toBe(1)
    expect(await nominationWith(story)).toBeUndefined()
    // Kept on the phone: a reloaded page brings the text back (not the photos, as the hint says, nor the consent).
    await page.reload()
    await expect.poll(() => page.getByLabel(/^事迹（/).inputValue(), { timeout: 30_000 }).toBe(story)
    expect(await page.getByLabel(/^被推荐人姓名/).inputValue()).toBe('赵大姐')
    expect(await page.getByLabel(/我已阅读并同意/).isChecked()).toBe(false)
    expect(await page.locator('.photo-picker').textContent()).toContain('照片不随草稿保存')
    expect(violations).toEqual([])
    await page.context().close()
  })

  it('without JavaScript says why the form cannot be sent, and nothing can be typed or chosen', async () => {
    const { page } = await resident.phone(false)
    await page.goto(`${resident.siteUrl}/nominations/`)
    expect(await page.locator('.noscript-note').textContent()).toContain('需要开启浏览器脚本')
    const notice = await page.locator('.notice').textContent()
    expect(notice).toContain('保存期限')
    expect(notice).toContain(`最长不超过 ${RETENTION_DAYS.nominationAtMost} 天`)
    expect(notice).toContain('回执码')
    expect(await page.locator('main').textContent()).toContain('征得被推荐人本人同意')
    expect(await page.getByLabel(/^被推荐人姓名/).isDisabled()).toBe(true)
    expect(await page.getByLabel(/^事迹（/).isDisabled()).toBe(true)
    expect(await page.getByLabel(/^照片/).isDisabled()).toBe(true)
    expect(await page.getByRole('button', { name: '提交推荐' }).isDisabled()).toBe(true)
    expect(await page.getByLabel(/我已阅读并同意/).isChecked()).toBe(false)
    await page.context().close()
  })
})
