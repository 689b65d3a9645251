/**
 * The participation forms as residents meet them, for browser tests: an admin on the test
 * database that allows the site's origin, the site built to post to it and served by its
 * own static server under its CSP, and a phone (390×844) that records CSP violations, page
 * errors and every origin it reaches.
 */
import { mkdir } from 'node:fs/promises'
import type http from 'node:http'
import path from 'node:path'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'

import { findFreePort } from '../../contract/ports.ts'
import { adminReady, startAdmin } from '../../ops/admin.ts'
import { run } from '../../ops/processes.ts'
import { createStaticServer } from '../../ops/serve.ts'
import { launchBrowser } from '../../site/print/browser.ts'
import { stack } from './cms.ts'

export interface ParticipationSite {
  siteUrl: string
  apiOrigin: string
  browser: Browser
  stop(): Promise<void>
}

/**
 * Builds the site from what the database holds after `prepare` (`name` names the work
 * folder and the logs). `prepare` runs once this process's settings name the site and the
 * API: the local Payload read there keeps them.
 */
export async function startParticipationSite(name: string, prepare?: () => Promise<void>): Promise<ParticipationSite> {
  const [sitePort, adminPort] = [await findFreePort(), await findFreePort()]
  const siteUrl = `http://127.0.0.1:${sitePort}`
  const apiOrigin = `http://127.0.0.1:${adminPort}`
  // This process's settings (read once, on first use) name the same site and API: the static server's CSP follows them.
  Object.assign(process.env, { SITE_ORIGIN: siteUrl, CMS_URL: apiOrigin })
  await prepare?.()
  const work = path.join(stack().workDir, name)
  await mkdir(work, { recursive: true })
  const env = {
    ...process.env,
    ...stack().env,
    SITE_ORIGIN: siteUrl,
    CMS_URL: apiOrigin,
    PORT: String(adminPort),
    DATA_DIR: path.join(work, 'data'),
    SITE_DIR: path.join(work, 'dist'),
  }
  const admin = startAdmin(adminPort, env, `后台（${name}）`)
  await adminReady(adminPort, admin)
  await run('tsx', ['ops/build-site.ts'], env, `构建网站（${name}）`)
  const site: http.Server = createStaticServer(env.SITE_DIR)
  await new Promise<void>((resolve) => site.listen(sitePort, '127.0.0.1', resolve))
  const browser = await launchBrowser()
  return {
    siteUrl,
    apiOrigin,
    browser,
    async stop() {
      await browser.close()
      await new Promise<void>((resolve) => site.close(() => resolve()))
      await admin.stop()
    },
  }
}

export interface Watched {
  page: Page
  violations: string[]
  origins: Set<string>
  errors: string[]
  /** What the page wrote to the console as errors (an island's hydration mismatch among them). */
  consoleErrors: string[]
}

/** A new phone (its own storage: a new device) at 390×844. */
export async function phone(browser: Browser, options: BrowserContextOptions = {}): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', ...options })
  const page = await context.newPage()
  const watched: Watched = { page, violations: [], origins: new Set(), errors: [], consoleErrors: [] }
  await page.exposeFunction('reportViolation', (line: string) => watched.violations.push(line))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      ;(window as unknown as { reportViolation: (line: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  page.on('request', (request) => watched.origins.add(new URL(request.url()).origin))
  page.on('pageerror', (error) => watched.errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') watched.consoleErrors.push(message.text())
  })
  return watched
}

/** No horizontal scroll: the page is no wider than the phone. */
export const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)
