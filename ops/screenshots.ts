/**
 * `node --import ./ops/node-check.mjs node_modules/.bin/tsx ops/screenshots.ts`: pictures
 * of the running admin for docs/screenshots — each role's 工作台 at desktop width, a
 * reviewer's 工作台 on a phone, 印刷台 and 实时预览. Run beside `npm start` (same DATA_DIR / CMS_URL).
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { config, folderConfig } from '../contract/config.ts'
import { rootDir } from '../contract/paths.ts'

import { launchBrowser } from '../site/print/browser.ts'
import { loadSecrets } from './secrets.ts'

/** A published figure's document with 实时预览 open, the page drawn beside the form. */
async function livePreview(page: Page): Promise<void> {
  const { docs } = (await (await fetch(`${config().cmsUrl}/api/figures?limit=1&depth=0`)).json()) as { docs: { id: number }[] }
  await page.goto(`${config().cmsUrl}/admin/collections/figures/${docs[0]?.id}`)
  const toggler = page.locator('#live-preview-toggler')
  await toggler.waitFor()
  if (!(await toggler.getAttribute('class'))?.includes('--active')) await toggler.click()
  await page.frameLocator('#live-preview-iframe').frameLocator('#page').locator('h1').first().waitFor()
}

interface Shot {
  file: string
  email: string
  width: number
  path: string
  prepare?: (page: Page) => Promise<void>
  /** The whole page, not only the first screen. */
  fullPage?: boolean
}

const SHOTS: Shot[] = [
  { file: 'workbench-editor.png', email: 'editor@xinghualing.example', width: 1366, path: '/admin' },
  { file: 'workbench-reviewer.png', email: 'reviewer1@xinghualing.example', width: 1366, path: '/admin' },
  { file: 'workbench-admin.png', email: 'admin@xinghualing.example', width: 1366, path: '/admin' },
  { file: 'workbench-community.png', email: 'community@xinghualing.example', width: 1366, path: '/admin' },
  { file: 'workbench-reviewer-phone.png', email: 'reviewer1@xinghualing.example', width: 390, path: '/admin' },
  { file: 'print-desk.png', email: 'community@xinghualing.example', width: 1366, path: '/admin/print-desk', fullPage: true },
  { file: 'live-preview.png', email: 'editor@xinghualing.example', width: 1366, path: '/admin', prepare: livePreview },
]

const base = config().cmsUrl
const { demoPassword } = await loadSecrets(folderConfig().dataDir)
const outDir = path.join(rootDir, 'docs', 'screenshots')
await mkdir(outDir, { recursive: true })
const browser = await launchBrowser()
try {
  for (const shot of SHOTS) {
    const context = await browser.newContext({ viewport: { width: shot.width, height: shot.width < 500 ? 844 : 900 } })
    const page = await context.newPage()
    await page.goto(`${base}/admin/login`)
    await page.fill('#field-email', shot.email)
    await page.fill('#field-password', demoPassword)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin\/?$/)
    await page.goto(`${base}${shot.path}`)
    await page.waitForLoadState('networkidle')
    await shot.prepare?.(page)
    await page.screenshot({ path: path.join(outDir, shot.file), fullPage: shot.fullPage ?? false })
    console.log(`已保存 docs/screenshots/${shot.file}`)
    await context.close()
  }
} finally {
  await browser.close()
}
