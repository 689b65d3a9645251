/**
 * Every admin page people work in speaks Chinese: no word of Payload's English UI strings
 * and no raw record id ("无标题 - ID: 2", "vm:10684") in what the page shows — its text,
 * title, placeholders, labels and tooltips — for each role, in a real Chromium.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from '../site/print/browser.ts'
import { ACCOUNTS, signIn } from './support/admin.ts'
import { api, login, stack } from './support/cms.ts'
import { englishWords, rawIds, shownText } from './support/english.ts'

let browser: Browser

const CONTENT = ['articles', 'figures', 'streets', 'places', 'regulations', 'handbooks']
const SYSTEM = ['areas', 'facilities', 'media', 'users', 'site-builds', 'privacy-findings', 'audit-log', 'print-orders']
const GLOBALS = ['site-settings', 'sensitive-words', 'privacy-allowlist']

/** The first document of a collection the account can read, or null. */
async function firstId(collection: string, token: string): Promise<number | null> {
  const { body } = await api<{ docs?: { id: number }[] }>(`/api/${collection}?limit=1&depth=0&draft=true`, { token })
  return body?.docs?.[0]?.id ?? null
}

/** The admin pages of a role: 工作台, account, and each collection's list, new and first document. */
async function pagesOf(email: string, collections: string[], globals: string[]): Promise<string[]> {
  const token = await login(email)
  const pages = ['/admin', '/admin/account']
  for (const collection of collections) {
    pages.push(`/admin/collections/${collection}`)
    const id = await firstId(collection, token)
    if (id !== null) pages.push(`/admin/collections/${collection}/${id}`)
  }
  for (const collection of collections.filter((slug) => CONTENT.includes(slug))) pages.push(`/admin/collections/${collection}/create`)
  for (const global of globals) pages.push(`/admin/globals/${global}`)
  return pages
}

/** What is not Chinese on each page, `{ page: findings }`; empty when all is well. */
async function findEnglish(email: string, pages: string[]): Promise<Record<string, string[]>> {
  const page = await signIn(browser, email)
  const found: Record<string, string[]> = {}
  for (const address of pages) {
    await page.goto(`${stack().cmsUrl}${address}`)
    await page.waitForLoadState('networkidle')
    const text = await shownText(page)
    const problems = [...englishWords(text), ...rawIds(text)]
    if (problems.length > 0) found[address] = problems
  }
  await page.context().close()
  return found
}

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('the admin in Chinese, for each role', () => {
  it('shows an administrator no English UI word and no raw id on any page', async () => {
    const pages = await pagesOf(ACCOUNTS.admin, [...CONTENT, ...SYSTEM], GLOBALS)
    const token = await login(ACCOUNTS.admin)
    const figure = await firstId('figures', token)
    const { body } = await api<{ docs: { id: string }[] }>(`/api/figures/versions?where[parent][equals]=${figure}&limit=1&depth=0`, {
      token,
    })
    pages.push(
      '/admin/locked-accounts',
      '/admin/caught-mail',
      '/admin/orphan-media',
      '/admin/print-desk',
      `/admin/collections/figures/${figure}/versions`,
      // A reviewer's comparison of a version with the live one.
      `/admin/collections/figures/${figure}/versions/${body.docs[0]?.id}`,
    )
    expect(await findEnglish(ACCOUNTS.admin, pages)).toEqual({})
  })

  it('shows an editor and a reviewer no English UI word and no raw id', async () => {
    for (const email of [ACCOUNTS.editor, ACCOUNTS.reviewer2]) {
      const pages = await pagesOf(email, [...CONTENT, 'media', 'site-builds', 'print-orders'], ['sensitive-words'])
      expect(await findEnglish(email, [...pages, '/admin/print-desk'])).toEqual({})
    }
  })

  it('shows a community worker no English UI word and no raw id', async () => {
    const pages = await pagesOf(ACCOUNTS.community, [...CONTENT, 'print-orders'], [])
    expect(await findEnglish(ACCOUNTS.community, [...pages, '/admin/print-desk'])).toEqual({})
  })
})
