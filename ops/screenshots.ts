/**
 * `node --import ./ops/node-check.mjs node_modules/.bin/tsx ops/screenshots.ts`: pictures
 * of the running admin for docs/screenshots — each role's 工作台 at desktop width, and a
 * reviewer's document on a phone. Run beside `npm start` (same DATA_DIR / CMS_URL).
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'

import { config, folderConfig } from '../contract/config.ts'
import { rootDir } from '../contract/paths.ts'
import { launchBrowser } from '../site/print/browser.ts'
import { loadSecrets } from './secrets.ts'

const SHOTS = [
  { file: 'workbench-editor.png', email: 'editor@xinghualing.example', width: 1366, path: '/admin' },
  { file: 'workbench-reviewer.png', email: 'reviewer1@xinghualing.example', width: 1366, path: '/admin' },
  { file: 'workbench-admin.png', email: 'admin@xinghualing.example', width: 1366, path: '/admin' },
  { file: 'workbench-community.png', email: 'community@xinghualing.example', width: 1366, path: '/admin' },
  { file: 'workbench-reviewer-phone.png', email: 'reviewer1@xinghualing.example', width: 390, path: '/admin' },
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
    await page.screenshot({ path: path.join(outDir, shot.file) })
    console.log(`已保存 docs/screenshots/${shot.file}`)
    await context.close()
  }
} finally {
  await browser.close()
}
