/**
 * The 工作台 as each role finds it in a real Chromium (its clock in UTC): a reviewer's queue
 * with overdue work marked, an editor's work by state with the 退回 reason, the area of a
 * community worker, one status name in the header, the list and the sidebar, Beijing time,
 * nothing loaded from outside the machine, and a reviewer approving from a phone.
 */
import pg from 'pg'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from '../site/print/browser.ts'
import { ACCOUNTS, outsideRequests, PHONE, signIn } from './support/admin.ts'
import { api, createFigure, login, stack, workflow } from './support/cms.ts'

let browser: Browser
const work = { waiting: 0, second: 0, rejected: 0, draft: 0 }
const NAMES = { waiting: '工作台待初审甲', second: '工作台待复审乙', rejected: '工作台被退回丙', draft: '工作台草稿丁' }

/** Moves the last review step of a figure `days` back in time, as if it had waited that long. */
async function backdate(id: number, days: number): Promise<void> {
  const client = new pg.Client({ connectionString: stack().databaseUrl })
  await client.connect()
  try {
    await client.query(
      `update "_figures_v_version_review_history" set "at" = "at" - make_interval(days => $2)
        where "_parent_id" in (select id from "_figures_v" where "parent_id" = $1)`,
      [id, days],
    )
  } finally {
    await client.end()
  }
}

beforeAll(async () => {
  browser = await launchBrowser()
  const editor = await login(ACCOUNTS.editor)
  const first = await login(ACCOUNTS.reviewer1)
  for (const key of Object.keys(work) as (keyof typeof work)[]) work[key] = (await createFigure(editor, NAMES[key], 'draft')).id
  for (const id of [work.waiting, work.second, work.rejected]) await workflow('figures', id, editor, { action: 'submit' })
  await workflow('figures', work.second, first, { action: 'approve' })
  await workflow('figures', work.rejected, first, { action: 'reject', reason: '事迹过短，请补充具体事例和时间。' })
  // Ten days (at least six working days) ago: overdue under the default of 2 working days.
  await backdate(work.waiting, 10)
})

afterAll(async () => {
  await browser?.close()
})

const section = (page: Page, key: string) => page.locator(`[data-section="${key}"]`)

describe('the 工作台 of each role', () => {
  it('shows a first-level reviewer the work waiting at their level, oldest first, overdue marked', async () => {
    const page = await signIn(browser, ACCOUNTS.reviewer1)
    const queue = section(page, 'queue')
    await expect.poll(() => queue.locator('h2').textContent()).toContain('待我审核（初审）')
    const text = (await queue.textContent()) ?? ''
    expect(text).toContain(NAMES.waiting)
    expect(text).not.toContain(NAMES.second)
    const waiting = queue.locator('li', { hasText: NAMES.waiting })
    expect(await waiting.textContent()).toMatch(/审核中·待初审 · 已等待 1\d 天/)
    expect(await waiting.getAttribute('class')).toContain('workbench__item--overdue')
    expect(await waiting.textContent()).toContain('已超时')
    await waiting.locator('a').click()
    await page.waitForURL(new RegExp(`/admin/collections/figures/${work.waiting}$`))
    await page.context().close()
  })

  it('shows the second-level reviewer only their level', async () => {
    const page = await signIn(browser, ACCOUNTS.reviewer2)
    const text = (await section(page, 'queue').textContent()) ?? ''
    expect(text).toContain(NAMES.second)
    expect(text).not.toContain(NAMES.waiting)
    // Two levels are required: the second is the last, and answers 申请下线.
    expect(await section(page, 'takedowns').count()).toBe(1)
    await page.context().close()
  })

  it('shows an editor their work by state, with the reason a piece was sent back', async () => {
    const page = await signIn(browser, ACCOUNTS.editor)
    expect(await section(page, 'mine-rejected').textContent()).toContain('事迹过短，请补充具体事例和时间。')
    expect(await section(page, 'mine-draft').textContent()).toContain(NAMES.draft)
    const pending = (await section(page, 'mine-pending').textContent()) ?? ''
    expect(pending).toContain(NAMES.waiting)
    expect(pending).toContain('审核中·待复审')
    expect(await section(page, 'builds').count()).toBe(1)
    await page.context().close()
  })

  it('shows a community worker their area and never asks for what they may not read', async () => {
    const page = await signIn(browser, ACCOUNTS.community)
    const refused: string[] = []
    page.on('response', (response) => {
      if (response.status() === 403) refused.push(response.url())
    })
    expect(await section(page, 'area-published').textContent()).toContain('我的片区 · 已发布')
    expect(await section(page, 'builds').count()).toBe(0)
    // The print desk is one step away.
    expect(await section(page, 'print-desk').locator('a.workbench__more').getAttribute('href')).toBe('/admin/print-desk')
    const nav = (await page.locator('nav').first().textContent()) ?? ''
    expect(nav).not.toContain('用户')
    expect(nav).not.toContain('网站设置')
    // A published story of their area: its status, and no 上线记录 asked for on the way.
    const { body } = await api<{ docs: { id: number }[] }>(`/api/figures?where[name][equals]=${encodeURIComponent('郝景全')}&depth=0`)
    await page.goto(`${stack().cmsUrl}/admin/collections/figures/${body.docs[0]?.id}`)
    await expect.poll(() => page.locator('.doc-controls__status').textContent()).toContain('已发布')
    await page.waitForTimeout(3000)
    expect(refused).toEqual([])
    await page.context().close()
  })
})

describe('one status, Beijing time, nothing from outside', () => {
  it('names the state the same in the header, the sidebar and the list', async () => {
    const page = await signIn(browser, ACCOUNTS.editor)
    const outside = await outsideRequests(page, async () => {
      await page.goto(`${stack().cmsUrl}/admin/collections/figures/${work.second}`)
      await expect.poll(() => page.locator('.doc-controls__status').textContent()).toContain('审核中·待复审')
      expect(await page.locator('#field-review__state').textContent()).toBe('审核中·待复审')
      await page.goto(`${stack().cmsUrl}/admin/collections/figures?limit=100`)
      const row = page.locator('tr', { hasText: NAMES.second })
      await expect.poll(() => row.textContent()).toContain('审核中·待复审')
    })
    expect(outside).toEqual([])
    expect(await page.locator('img[src*="gravatar"]').count()).toBe(0)
    await page.context().close()
  })

  it('writes times in Beijing time as 2026-11-29 22:13 though the browser’s clock is UTC', async () => {
    const { body } = await api<{ updatedAt: string }>(`/api/figures/${work.second}?draft=true`, { token: await login(ACCOUNTS.editor) })
    const beijing = new Date(new Date(body.updatedAt).getTime() + 8 * 3_600_000).toISOString().replace('T', ' ').slice(0, 16)
    const page = await signIn(browser, ACCOUNTS.editor)
    await page.goto(`${stack().cmsUrl}/admin/collections/figures/${work.second}`)
    await expect.poll(() => page.locator('.doc-controls__meta').textContent()).toContain(beijing)
    await page.context().close()
  })

  it('picks 定时发布 in Beijing time though the browser’s clock is UTC', async () => {
    const editor = await login(ACCOUNTS.editor)
    const at = (iso: string) => ({ review: { publishAt: iso }, _status: 'draft' })
    await api(`/api/figures/${work.draft}?draft=true`, { method: 'PATCH', token: editor, body: at('2026-12-01T02:00:00.000Z') })
    const page = await signIn(browser, ACCOUNTS.editor)
    await page.goto(`${stack().cmsUrl}/admin/collections/figures/${work.draft}`)
    const input = page.locator('#field-review__publishAt .react-datepicker__input-container input')
    // 02:00 UTC is 10:00 in Beijing.
    await expect.poll(() => input.inputValue()).toBe('2026-12-01 10:00')
    await input.fill('2026-12-02 09:30')
    await input.press('Enter')
    await page.locator('#action-save-draft').click()
    await expect
      .poll(
        async () =>
          (await api<{ review: { publishAt: string } }>(`/api/figures/${work.draft}?draft=true&depth=0`, { token: editor })).body.review
            .publishAt,
      )
      .toBe('2026-12-02T01:30:00.000Z')
    await page.context().close()
  })

  it('carries the platform’s own name and mark on the login page', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${stack().cmsUrl}/admin/login`)
    await page.locator('.login__brand svg title').waitFor({ state: 'attached' })
    expect(await page.locator('.login__brand svg title').textContent()).toBe('杏花岭宣传微平台')
    expect(await page.locator('.login__brand').textContent()).toContain('杏花岭宣传微平台')
    expect(await page.title()).toContain('杏花岭宣传微平台')
    await context.close()
  })

  it('shows the API tab to administrators only', async () => {
    const editor = await signIn(browser, ACCOUNTS.editor)
    await editor.goto(`${stack().cmsUrl}/admin/collections/figures/${work.second}`)
    await expect.poll(() => editor.locator('.doc-tabs').textContent()).toContain('版本')
    expect(await editor.locator('.doc-tabs').textContent()).not.toMatch(/API|接口数据/)
    await editor.context().close()
    const admin = await signIn(browser, ACCOUNTS.admin)
    await admin.goto(`${stack().cmsUrl}/admin/collections/figures/${work.second}`)
    await expect.poll(() => admin.locator('.doc-tabs').textContent()).toContain('接口数据')
    await admin.context().close()
  })
})

describe('a reviewer on a phone', () => {
  it('approves from 390 px without scrolling sideways, with 44 px targets, and is told what happened', async () => {
    const page = await signIn(browser, ACCOUNTS.reviewer2, PHONE)
    await page.goto(`${stack().cmsUrl}/admin/collections/figures/${work.second}`)
    const approve = page.locator('#review-approve')
    await approve.waitFor()
    const box = await approve.boundingBox()
    expect(box?.height).toBeGreaterThanOrEqual(44)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
    await approve.click()
    await expect
      .poll(() => page.locator('.toast-success, [data-sonner-toast][data-type="success"]').first().textContent())
      .toContain('已通过')
    await expect.poll(() => page.locator('#field-review__state').textContent()).toBe('已发布')
    await page.context().close()
  })
})
