/**
 * The residents' forms as a resident meets them (tests/participation-*.browser.test.ts): a
 * real admin that allows the site's origin, on the test stack's database; the site built
 * to post to it and served by its own static server under its CSP; and a phone (Chromium
 * at 390×844) that records CSP violations, the origins it asks for and script errors.
 */
import { mkdir } from 'node:fs/promises'
import type http from 'node:http'
import path from 'node:path'
import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'

import { findFreePort } from '../../contract/ports.ts'
import { adminReady, startAdmin } from '../../ops/admin.ts'
import { run } from '../../ops/processes.ts'
import { createStaticServer } from '../../ops/serve.ts'
import { launchBrowser } from '../../site/print/browser.ts'
import { localPayload, stack } from './cms.ts'
import { forgetThrottles } from './participation.ts'

export interface Watched {
  page: Page
  violations: string[]
  origins: Set<string>
  errors: string[]
  /** What the page wrote to the console as errors (an island's hydration difference comes here). */
  consoleErrors: string[]
}

export interface ResidentSite {
  siteUrl: string
  apiOrigin: string
  payload: Payload
  /** A folder of this file's own for anything it writes. */
  workDir: string
  phone(javaScriptEnabled?: boolean): Promise<Watched>
  close(): Promise<void>
}

/** No horizontal scroll: the page is no wider than the phone. */
export const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)

/**
 * `name`: the test file's own folder and the label of its processes. `prepare` runs before
 * the site is built (content the pages must show), with the settings naming this site and API.
 */
export async function startResidentSite(name: string, label: string, prepare?: (payload: Payload) => Promise<void>): Promise<ResidentSite> {
  const [sitePort, adminPort] = [await findFreePort(), await findFreePort()]
  const siteUrl = `http://127.0.0.1:${sitePort}`
  const apiOrigin = `http://127.0.0.1:${adminPort}`
  // This process's settings (read once, on first use) name the same site and API: the static server's CSP follows them.
  Object.assign(process.env, { SITE_ORIGIN: siteUrl, CMS_URL: apiOrigin })
  const payload = await localPayload()
  await forgetThrottles(payload)
  await prepare?.(payload)
  const workDir = path.join(stack().workDir, name)
  await mkdir(workDir, { recursive: true })
  const env = {
    ...process.env,
    ...stack().env,
    SITE_ORIGIN: siteUrl,
    CMS_URL: apiOrigin,
    PORT: String(adminPort),
    DATA_DIR: path.join(workDir, 'data'),
    SITE_DIR: path.join(workDir, 'dist'),
  }
  const admin = startAdmin(adminPort, env, `后台（${label}）`)
  let site: http.Server | undefined
  let browser: Browser
  try {
    await adminReady(adminPort, admin)
    await run('tsx', ['ops/build-site.ts'], env, `构建网站（${label}）`)
    const server = createStaticServer(env.SITE_DIR)
    site = server
    await new Promise<void>((resolve) => server.listen(sitePort, '127.0.0.1', resolve))
    browser = await launchBrowser()
  } catch (error) {
    site?.close()
    await admin.stop()
    await payload.destroy()
    throw error
  }

  const phone = async (javaScriptEnabled = true): Promise<Watched> => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', javaScriptEnabled })
    const page = await context.newPage()
    const watched: Watched = { page, violations: [], origins: new Set(), errors: [], consoleErrors: [] }
    await page.exposeFunction('reportViolation', (line: string) => watched.violations.push(line))
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        ;(window as unknown as { reportViolation: (line: string) => void }).reportViolation(
          `${event.violatedDirective} ${event.blockedURI}`,
        )
      })
    })
    page.on('request', (request) => watched.origins.add(new URL(request.url()).origin))
    page.on('pageerror', (error) => watched.errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') watched.consoleErrors.push(message.text())
    })
    return watched
  }
  const close = async () => {
    await browser.close()
    await new Promise<void>((resolve) => (site ? site.close(() => resolve()) : resolve()))
    await admin.stop()
    await payload.destroy()
  }
  return { siteUrl, apiOrigin, payload, workDir, phone, close }
}
