/**
 * 台账 in the admin (issue 19): on a place's edit view, station staff find the 台账 panel in
 * the sidebar with last month already picked and download the PDF with one click; on
 * another station's place, and for a community worker, there is no panel.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lastMonth } from '../cms/participation/ledger/month.ts'
import { launchBrowser } from '../site/print/browser.ts'
import { ACCOUNTS, signIn } from './support/admin.ts'
import { localPayload, stack } from './support/cms.ts'

let browser: Browser
let places: [number, number]
const station = `station-ledger-${Date.now()}@xinghualing.example`

beforeAll(async () => {
  browser = await launchBrowser()
  const payload = await localPayload()
  const { docs } = await payload.find({ collection: 'places', limit: 2, sort: 'id', depth: 0, overrideAccess: true })
  places = [docs[0]?.id as number, docs[1]?.id as number]
  await payload.create({
    collection: 'users',
    data: { email: station, password: stack().demoPassword, name: '阵地工作人员', role: 'station', places: [places[0]] } as never,
    overrideAccess: true,
  })
  await payload.destroy()
})

afterAll(async () => {
  await browser?.close()
})

describe('the 台账 panel on a place', () => {
  it('downloads last month’s 台账 with one click as the place’s station staff', async () => {
    const page = await signIn(browser, station)
    await page.goto(`${stack().cmsUrl}/admin/collections/places/${places[0]}`)
    const month = page.getByLabel('台账月份')
    await expect.poll(() => month.count(), { timeout: 60_000 }).toBe(1)
    expect(await month.inputValue()).toBe(lastMonth())
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByText(/下载 .+ 台账（PDF）/).click(),
    ])
    const [year, number] = lastMonth().split('-').map(Number)
    expect(download.suggestedFilename()).toMatch(new RegExp(`-${year}年${number}月-台账\\.pdf$`))
    const saved = await download.path()
    expect(saved).toBeTruthy()
    await page.goto(`${stack().cmsUrl}/admin/collections/places/${places[1]}`)
    await page.waitForSelector('input[name="name"]', { timeout: 60_000 })
    expect(await page.getByLabel('台账月份').count()).toBe(0)
    await page.context().close()
  })

  it('is not there for a community worker', async () => {
    const page = await signIn(browser, ACCOUNTS.community)
    await page.goto(`${stack().cmsUrl}/admin/collections/places/${places[0]}`)
    await page.waitForLoadState('networkidle')
    expect(await page.getByLabel('台账月份').count()).toBe(0)
    await page.context().close()
  })
})
