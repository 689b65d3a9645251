/**
 * 评选 as a resident meets it: a 评选 of three candidates made by an editor and published
 * through review, a slip's code made by the community worker, the site built from it and
 * served under its CSP, and a 390 px phone arriving with the code in the address (as the
 * slip's QR code brings it): it chooses two candidates and votes through the island, the
 * ballot arrives, the same code is then refused; without scripts the candidates can be read
 * and the page says voting needs them.
 */
import type { Payload } from 'payload'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, areaId, createFigure, login, publishThroughReview, stack } from './support/cms.ts'
import { pageTexts } from './support/pdf.ts'
import { pageWidth, type ResidentSite, startResidentSite } from './support/residentSite.ts'

const DAY = 86_400_000

let running: ResidentSite
let payload: Payload
let election: { id: number; slug: string }
let codes: string[]
const names = ['孙淑芬', '周国强', '吴玉梅']

async function makeCodes(count: number): Promise<string[]> {
  const response = await fetch(`${stack().cmsUrl}/api/elections/${election.id}/codes`, {
    method: 'POST',
    headers: { authorization: `JWT ${await login('community@xinghualing.example')}`, 'content-type': 'application/json' },
    body: JSON.stringify({ count, building: '5号楼' }),
  })
  expect(response.status).toBe(201)
  const text = (await pageTexts(new Uint8Array(await response.arrayBuffer()))).join('\n')
  return text.match(/\b[0-9A-Z]{5}-[0-9A-Z]{5}\b/g) ?? []
}

beforeAll(async () => {
  running = await startResidentSite('participation-election', '评选', async (local) => {
    payload = local
    const editor = await login('editor@xinghualing.example')
    const candidates = []
    for (const name of names) candidates.push((await createFigure(editor, name, 'published')).id)
    const made = await api<{ doc: { id: number; slug: string } }>('/api/elections?draft=true', {
      method: 'POST',
      token: editor,
      body: {
        title: '2026年度“最美家庭”评选',
        intro: '请从下面的候选家庭中选出您心中的最美家庭。',
        opensAt: new Date(Date.now() - DAY).toISOString(),
        closesAt: new Date(Date.now() + 10 * DAY).toISOString(),
        candidates,
        choices: 2,
        rules: '每个邀请码一票，每票最多选 2 人；截止后统一计票，票数相同名次并列。',
        area: await areaId('涧河街道'),
        _status: 'draft',
      },
    })
    expect(made.status, made.text).toBe(201)
    await publishThroughReview('elections', made.body.doc.id)
    election = made.body.doc
    codes = await makeCodes(2)
  })
}, 600_000)

afterAll(async () => {
  await running?.close()
})

/** Hydrated, and the 评选 found open: the form can be used. */
const ready = (page: Page) => expect.poll(() => page.getByRole('button', { name: '投票' }).isEnabled(), { timeout: 30_000 }).toBe(true)
const ballotPage = (code?: string) => `${running.siteUrl}/elections/${election.slug}/${code ? `#code=${code}` : ''}`

describe('a 评选 on a phone', () => {
  it('votes for two candidates with the code from the address, once', async () => {
    const { page, violations, errors, origins } = await running.phone()
    expect((await page.goto(ballotPage(codes[0])))?.status()).toBe(200)
    expect(await page.locator('h1').textContent()).toContain('最美家庭')
    expect(await page.locator('.notice').textContent()).toContain('票数相同名次并列')
    await ready(page)
    expect(await page.locator('#ballot-code').inputValue()).toBe(codes[0])
    // Read from the fragment (never sent to a server), then gone from the address bar.
    expect(page.url()).not.toContain(codes[0] as string)
    await page.getByLabel(names[0] as string).check()
    await page.getByLabel(names[2] as string).check()
    await page.getByLabel(/我已阅读并同意/).check()
    await page.getByRole('button', { name: '投票' }).click()
    await expect.poll(() => page.locator('.ballot-done').textContent(), { timeout: 60_000 }).toContain('投票成功')
    const { docs } = await payload.find({
      collection: 'ballots',
      where: { election: { equals: election.id } },
      overrideAccess: true,
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]?.choices).toHaveLength(2)
    expect(violations).toEqual([])
    expect(errors).toEqual([])
    expect([...origins].sort()).toEqual([running.apiOrigin, running.siteUrl].sort())
    expect(await pageWidth(page)).toBeLessThanOrEqual(390)
    await page.context().close()
  })

  it('refuses the used code in Chinese, keeping the choices', async () => {
    const { page } = await running.phone()
    await page.goto(ballotPage(codes[0]?.toLowerCase()))
    await ready(page)
    await page.getByLabel(names[1] as string).check()
    await page.getByLabel(/我已阅读并同意/).check()
    await page.getByRole('button', { name: '投票' }).click()
    await expect.poll(() => page.locator('.form-errors').textContent(), { timeout: 60_000 }).toContain('已经用过')
    expect(await page.getByLabel(names[1] as string).isChecked()).toBe(true)
    await page.context().close()
  })

  it('without JavaScript shows the candidates, disabled, and says voting needs scripts', async () => {
    const { page } = await running.phone(false)
    await page.goto(ballotPage(codes[1]))
    expect(await page.locator('.noscript-note').textContent()).toContain('需要开启浏览器脚本')
    expect(await page.getByLabel(names[0] as string).isDisabled()).toBe(true)
    expect(await page.getByRole('button', { name: '投票' }).isDisabled()).toBe(true)
    for (const name of names) expect(await page.locator('.ballot-candidates').textContent()).toContain(name)
    await page.context().close()
  })
})
