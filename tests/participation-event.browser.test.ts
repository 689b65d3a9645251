/**
 * 活动 as residents and staff meet it, in Chromium at 390×844: an event of two places is
 * published through review and the site built; three phones sign up through the page (a
 * volunteer with name and phone, a neighbour, and a third who is put on the waitlist);
 * the neighbour cancels on the receipt page with their 报名码 and the waiting one is told
 * on the same page that they have the place; the volunteer checks in on site with the
 * 6-digit code the station's staff phone shows; the promoted one is checked in by staff
 * scanning the QR code of their 报名码 on the receipt page; the hours come out as CSV.
 */
import axe from 'axe-core'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, login, publishThroughReview, stack } from './support/cms.ts'
import { pageWidth, type ResidentSite, startResidentSite } from './support/residentSite.ts'
import { readQr } from './support/screen.ts'

const HOUR = 3_600_000

let running: ResidentSite
let event: { id: number; slug: string }
let station: string

beforeAll(async () => {
  running = await startResidentSite('participation-event', '活动', async () => {
    const editor = await login('editor@xinghualing.example')
    const admin = await login('admin@xinghualing.example')
    const place = (await api<{ docs: { id: number }[] }>('/api/places?limit=1&depth=0&sort=id')).body.docs[0]?.id
    const made = await api<{ doc: { id: number; slug: string } }>('/api/events?draft=true', {
      method: 'POST',
      token: editor,
      body: {
        title: '文明微讲堂：垃圾分类进家门',
        kind: 'volunteering',
        startsAt: new Date(Date.now() - 10 * 60_000).toISOString(),
        endsAt: new Date(Date.now() + 2 * HOUR).toISOString(),
        signupClosesAt: new Date(Date.now() + HOUR).toISOString(),
        place,
        capacity: 2,
        hours: 2,
        summary: '志愿者和居民一起学垃圾分类。',
        _status: 'draft',
      },
    })
    expect(made.status, made.text).toBe(201)
    await publishThroughReview('events', made.body.doc.id)
    event = made.body.doc
    const email = `station-browser-${Date.now()}@xinghualing.example`
    const user = await api('/api/users', {
      method: 'POST',
      token: admin,
      body: { name: '实践站工作人员', email, password: stack().demoPassword, role: 'station', places: [place] },
    })
    expect(user.status, user.text).toBe(201)
    station = await login(email)
  })
}, 600_000)

afterAll(async () => {
  await running?.close()
})

const eventPage = () => `${running.siteUrl}/events/${event.slug}/`
const ready = (page: Page) => expect.poll(() => page.getByRole('button', { name: '报名' }).isEnabled(), { timeout: 30_000 }).toBe(true)

/** Signs up on a fresh phone; answers the page's heading after sending and the 报名码. */
async function signUp(fields: { name?: string; phone?: string; team?: string } = {}) {
  const watched = await running.phone()
  const { page } = watched
  expect((await page.goto(eventPage()))?.status()).toBe(200)
  await ready(page)
  if (fields.name) {
    await page.getByLabel(/我是志愿者/).check()
    await page.getByLabel(/^姓名/).fill(fields.name)
    await page.getByLabel(/^联系电话/).fill(fields.phone ?? '')
    await page.getByLabel(/^志愿服务队/).fill(fields.team ?? '')
  }
  await page.getByLabel(/我已阅读并同意/).check()
  await page.getByRole('button', { name: '报名' }).click()
  const heading = page.locator('.message-receipt h2')
  await expect.poll(() => heading.textContent(), { timeout: 60_000 }).toMatch(/报名成功|候补/)
  const code = ((await page.locator('.receipt-code').textContent()) ?? '').trim()
  return { ...watched, heading: (await heading.textContent()) ?? '', code }
}

async function lookUp(page: Page, code: string) {
  await page.goto(`${running.siteUrl}/messages/receipt/`)
  await expect.poll(() => page.getByRole('button', { name: '查询' }).isEnabled(), { timeout: 30_000 }).toBe(true)
  await page.getByLabel(/回执码/).fill(code)
  await page.getByRole('button', { name: '查询' }).click()
  await expect.poll(() => page.locator('.receipt-details').isVisible(), { timeout: 30_000 }).toBe(true)
}

describe('an event on a phone', () => {
  let volunteer: Awaited<ReturnType<typeof signUp>>

  it('signs up past capacity: two places, the third waits; the page shows time and place the Chinese way', async () => {
    volunteer = await signUp({ name: '李志愿', phone: '13912345678', team: '涧河红马甲' })
    expect(volunteer.heading).toBe('报名成功')
    expect(await readQr(await volunteer.page.locator('.code-qr svg').screenshot())).toBe(volunteer.code)
    const text = (await volunteer.page.locator('main').textContent()) ?? ''
    expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日 星期[日一二三四五六] \d{2}:\d{2}–\d{2}:\d{2}/)
    expect(await volunteer.page.getByRole('link', { name: /到这里去/ }).count()).toBe(1)
    expect(volunteer.violations).toEqual([])
    expect(volunteer.errors).toEqual([])
    expect([...volunteer.origins].sort()).toEqual([running.apiOrigin, running.siteUrl].sort())
    expect(await pageWidth(volunteer.page)).toBeLessThanOrEqual(390)

    const neighbour = await signUp()
    expect(neighbour.heading).toBe('报名成功')
    const third = await signUp()
    expect(third.heading).toBe('已进入候补，排第 1 位')

    // The neighbour cancels with their 报名码 on the receipt page; the first waiting gets the place and is told there.
    await lookUp(neighbour.page, neighbour.code)
    await neighbour.page.getByRole('button', { name: '取消报名' }).click()
    await neighbour.page.getByRole('button', { name: '确定撤回' }).click()
    await expect.poll(() => neighbour.page.locator('.form-status').textContent(), { timeout: 30_000 }).toContain('已取消')
    await lookUp(third.page, third.code)
    const details = (await third.page.locator('.receipt-details').textContent()) ?? ''
    expect(details).toContain('已报名')
    expect(details).toContain('您已从候补递补为正式报名')
    // The receipt page shows the 报名码 as a QR code; staff scan it (here: read from a screenshot) to check the resident in.
    const scanned = await readQr(await third.page.locator('.code-qr svg').screenshot())
    expect(scanned).toBe(third.code)
    const checkIn = await api<{ checkedIn?: boolean }>(`/api/events/${event.id}/check-in`, {
      method: 'POST',
      token: station,
      body: { code: scanned },
    })
    expect(checkIn.status, checkIn.text).toBe(200)
    expect(await neighbour.page.locator('.code-qr').count()).toBe(0)
    for (const phone of [neighbour, third]) await phone.page.context().close()
  }, 300_000)

  it('checks the volunteer in with the code on the staff phone; the hours come out as CSV', async () => {
    const shown = await api<{ code: string }>(`/api/events/${event.id}/check-in-code`, { token: station })
    expect(shown.status).toBe(200)
    const { page } = volunteer
    expect(await page.getByLabel(/^报名码/).inputValue()).toBe(volunteer.code)
    await page.getByLabel(/现场签到码/).fill(shown.body.code)
    await page.getByRole('button', { name: '签到' }).click()
    await expect.poll(() => page.locator('.event-checkin .form-status').textContent(), { timeout: 30_000 }).toContain('签到成功')
    await page.context().close()

    const admin = await login('admin@xinghualing.example')
    const csv = await fetch(`${stack().cmsUrl}/api/events/volunteer-hours`, { headers: { authorization: `JWT ${admin}` } })
    const text = await csv.text()
    const line = text.split('\r\n').find((row) => row.startsWith('李志愿,'))
    expect(line).toMatch(
      /^李志愿,13912345678,涧河红马甲,文明微讲堂：垃圾分类进家门,志愿服务,[^,]+,\d{4}-\d{2}-\d{2},\d{2}:\d{2},\d{2}:\d{2},2\.0,HD/,
    )
  }, 120_000)

  it('the event page and the list pass axe (WCAG 2.2 AA), normal and elderly', async () => {
    const failures: string[] = []
    const { page } = await running.phone()
    for (const path of [eventPage(), `${running.siteUrl}/events/`]) {
      await page.goto(path)
      // Through the DevTools protocol, not a script tag: the page's CSP stays on.
      await page.evaluate(axe.source)
      for (const elder of ['', '1']) {
        const result = await page.evaluate(async (mode) => {
          if (mode) document.documentElement.dataset.elder = mode
          const run = (window as unknown as { axe: typeof axe }).axe.run
          return run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
        }, elder)
        for (const violation of result.violations) failures.push(`${path}${elder ? ' 长者' : ''}: ${violation.id}`)
      }
    }
    await page.context().close()
    expect(failures).toEqual([])
  }, 120_000)
})
