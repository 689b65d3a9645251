/**
 * One real stack for the whole test run: a fresh PostgreSQL database, migrations and
 * demo content, the production admin server on a free port, and scratch folders for
 * media and site builds. Everything is removed afterwards.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'
import { findFreePort } from '../../contract/ports.ts'
import { adminReady, ensureAdminBuilt, startAdmin } from '../../ops/admin.ts'
import { startMailCatcher } from '../../ops/mailCatcher.ts'
import { run, startChild, waitForHttp } from '../../ops/processes.ts'
import { createScratchDatabase } from './database.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    stack: TestStack
  }
}

export interface TestStack {
  cmsUrl: string
  databaseUrl: string
  mediaDir: string
  workDir: string
  demoPassword: string
  env: Record<string, string>
}

interface Started {
  stack: TestStack
  stop: () => Promise<void>
}

/**
 * Each tier (integration, browser) gets a fresh stack of its own, so what one tier's suites
 * add (figures, changed addresses, redirects) cannot change what the other's see. The
 * stacks start one after the other: the second finds the admin already built.
 */
const shared = globalThis as typeof globalThis & { xhlStackStarts?: Promise<unknown> }

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const starting = (shared.xhlStackStarts ?? Promise.resolve()).catch(() => undefined).then(startStack)
  shared.xhlStackStarts = starting
  const started = await starting
  project.provide('stack', started.stack)
  return started.stop
}

async function startStack(): Promise<Started> {
  const log = (line: string) => console.log(`[测试环境] ${line}`)
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'xhl-test-'))
  const database = await createScratchDatabase()
  log(`数据库 ${new URL(database.url).pathname.slice(1)} 已创建`)
  const port = await findFreePort()
  const previewPort = await findFreePort()
  const env: Record<string, string> = {
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: `test-${Math.random().toString(36).slice(2)}-${Date.now()}`,
    DEMO_PASSWORD: 'test-demo-password',
    MEDIA_DIR: path.join(workDir, 'media'),
    DATA_DIR: path.join(workDir, 'data'),
    SITE_DIR: path.join(workDir, 'dist'),
    CMS_URL: `http://127.0.0.1:${port}`,
    SITE_ORIGIN: 'https://xhl.example.cn',
    PORT: String(port),
    PRINT_PREVIEW_PORT: String(previewPort),
    NEXT_TELEMETRY_DISABLED: '1',
  }
  // Mail goes to a catching server of this run's own, as under `npm start` without SMTP_URL.
  const catcher = await startMailCatcher(env.DATA_DIR as string)
  env.SMTP_URL = catcher.url
  const childEnv = { ...process.env, ...env }
  let server: ReturnType<typeof startChild> | undefined
  let preview: ReturnType<typeof startChild> | undefined
  try {
    await run('tsx', ['ops/prepare.ts'], { ...childEnv, NODE_ENV: 'production' }, '准备')
    await ensureAdminBuilt(childEnv, log)
    server = startAdmin(port, { ...childEnv, PAYLOAD_JOBS_AUTORUN: 'true' })
    await adminReady(port, server)
    // 打印预览, as `npm start` runs it: the admin's print preview goes through it.
    preview = startChild('tsx', ['ops/preview.ts'], { ...childEnv, NODE_ENV: 'production' }, '打印预览')
    await waitForHttp(`http://127.0.0.1:${previewPort}/`, 60_000, preview)
  } catch (error) {
    // Leave nothing running behind a failed setup.
    await preview?.stop()
    await server?.stop()
    await catcher.stop()
    await database.drop()
    await rm(workDir, { recursive: true, force: true })
    throw error
  }
  log(`管理后台 ${env.CMS_URL}`)
  const admin = server
  const previewService = preview

  const stack: TestStack = {
    cmsUrl: env.CMS_URL as string,
    databaseUrl: database.url,
    mediaDir: env.MEDIA_DIR as string,
    workDir,
    demoPassword: env.DEMO_PASSWORD as string,
    env,
  }
  const stop = async () => {
    await previewService?.stop()
    await admin.stop()
    await catcher.stop()
    await database.drop()
    await rm(workDir, { recursive: true, force: true })
  }
  return { stack, stop }
}
