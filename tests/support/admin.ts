/** Signing in to the real admin in Chromium, as each demo account. */
import type { Browser, Page } from 'playwright-core'

import { stack } from './cms.ts'

export const ACCOUNTS = {
  admin: 'admin@xinghualing.example',
  editor: 'editor@xinghualing.example',
  reviewer1: 'reviewer1@xinghualing.example',
  reviewer2: 'reviewer2@xinghualing.example',
  community: 'community@xinghualing.example',
} as const

export const DESKTOP = { width: 1366, height: 900 }
export const PHONE = { width: 390, height: 844 }

/**
 * A page signed in as `email`, in a browser whose clock reads UTC: the admin must show
 * Beijing time whatever the zone of the machine it runs on.
 */
export async function signIn(browser: Browser, email: string, viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({
    viewport,
    timezoneId: 'UTC',
    isMobile: viewport.width < 500,
    hasTouch: viewport.width < 500,
  })
  const page = await context.newPage()
  await page.goto(`${stack().cmsUrl}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', stack().demoPassword)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/)
  return page
}

/** Requests that left the machine while `run` ran on `page`. */
export async function outsideRequests(page: Page, run: () => Promise<void>): Promise<string[]> {
  const base = new URL(stack().cmsUrl)
  const seen: string[] = []
  const listener = (request: { url(): string }) => {
    const url = new URL(request.url())
    if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== base.hostname && url.hostname !== 'localhost')
      seen.push(request.url())
  }
  page.on('request', listener)
  try {
    await run()
  } finally {
    page.off('request', listener)
  }
  return seen
}
