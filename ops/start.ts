/**
 * `npm start`: database, migrations and demo content, the admin, a site build with its
 * PDFs, and the static site server — each step reported, everything stopped on Ctrl-C.
 */
import { existsSync } from 'node:fs'
import { DEMO_ACCOUNTS } from '../cms/seed/constants.ts'
import { type Config, config, exitOnBadConfig } from '../contract/config.ts'
import { OperatorError } from '../contract/errors.ts'
import { dataDir, embeddedPostgresDir, liveSiteLink, mediaDir } from '../contract/paths.ts'
import { assertPortFree } from '../contract/ports.ts'
import { adminReady, ensureAdminBuilt, startAdmin } from './admin.ts'
import { assertReachable, type Database, PLATFORM_DATABASE, startEmbeddedPostgres } from './database.ts'
import { startMailCatcher } from './mailCatcher.ts'
import { type Child, run, startChild, stopAllChildren, waitForHttp } from './processes.ts'
import { loadSecrets, type Secrets } from './secrets.ts'
import { createStaticServer } from './serve.ts'

const started = performance.now()
let stepNumber = 0
const step = (title: string) => console.log(`\n▶ ${++stepNumber}. ${title}（${((performance.now() - started) / 1000).toFixed(1)} 秒）`)
const info = (line: string) => console.log(`  ${line}`)

const cleanups: (() => Promise<void>)[] = []
let shuttingDown = false
let stopped: Promise<void> | undefined

/**
 * Stops everything started, then exits. A second signal while stopping (a terminal sends
 * SIGINT to the whole group, a service manager SIGTERM and then SIGKILL to stragglers)
 * waits for the same stop: exiting at once used to leave the admin, the site and the
 * database running.
 */
async function shutdown(code: number): Promise<never> {
  shuttingDown = true
  stopped ??= (async () => {
    console.log('\n正在停止所有服务……')
    // Children first (a build or a preparation still running included), the database last.
    await stopAllChildren()
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.error(error))
  })()
  await stopped
  process.exit(code)
}

/** Ports first: a port in use is named before anything is started. */
async function checkPorts(settings: Config): Promise<void> {
  step('检查端口')
  await assertPortFree(settings.port, '管理后台', 'PORT')
  await assertPortFree(settings.sitePort, '公众网站', 'SITE_PORT')
  await assertPortFree(settings.printPreviewPort, '打印预览', 'PRINT_PREVIEW_PORT')
  info(`管理后台 ${settings.port}，公众网站 ${settings.sitePort}，打印预览 ${settings.printPreviewPort}（仅本机）`)
}

/** DATABASE_URL's PostgreSQL, or the embedded one, started here and stopped last. */
async function openPlatformDatabase(url: string | undefined): Promise<Database> {
  step('数据库')
  if (url) {
    await assertReachable(url)
    info('使用 DATABASE_URL 指定的 PostgreSQL')
    return { url, embedded: false, stop: async () => undefined }
  }
  // The stop is registered before the start finishes: a signal while it starts still stops it.
  const starting = startEmbeddedPostgres(embeddedPostgresDir, PLATFORM_DATABASE, info)
  cleanups.push(async () => (await starting.catch(() => null))?.stop())
  const database = await starting
  info(`内置 PostgreSQL 已启动（${new URL(database.url).host}，数据在 .data/postgres）`)
  return database
}

/** What every child process is started with: the settings as checked here, the database and the secrets. */
function childEnv(settings: Config, database: Database, secrets: Secrets): NodeJS.ProcessEnv {
  return {
    // The rest passes through as it is; each child checks the settings again when it starts.
    ...process.env,
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: secrets.payloadSecret,
    DEMO_PASSWORD: secrets.demoPassword,
    MEDIA_DIR: mediaDir,
    PORT: String(settings.port),
    SITE_PORT: String(settings.sitePort),
    PRINT_PREVIEW_PORT: String(settings.printPreviewPort),
    CMS_URL: settings.cmsUrl,
    NEXT_TELEMETRY_DISABLED: '1',
  }
}

/**
 * SMTP_URL as set; else a local catching server, so password-reset mail works in the
 * demo without being sent anywhere (only administrators can read it in the admin).
 */
async function mailServer(settings: Config): Promise<{ SMTP_URL?: string }> {
  if (settings.smtpUrl) return {}
  const catcher = await startMailCatcher(dataDir, (line) => console.error(line))
  cleanups.push(() => catcher.stop())
  info('邮件：没有设置 SMTP_URL，邮件不会真正发出，由本机拦截；管理员在后台「系统 › 拦截的邮件」查看')
  return { SMTP_URL: catcher.url }
}

/** Exits everything when the admin dies while nothing is stopping. */
async function startAdminServer(port: number, env: NodeJS.ProcessEnv): Promise<void> {
  step('管理后台')
  if (!(await ensureAdminBuilt(env, info))) info('管理后台已是最新构建，直接启动')
  // The admin server also runs the jobs queue: scheduled publishing and unpublishing.
  const server = startAdmin(port, { ...env, PAYLOAD_JOBS_AUTORUN: 'true' })
  cleanups.push(() => server.stop())
  void server.exited.then((code) => {
    if (!shuttingDown) {
      console.error(`✖ 管理后台进程意外退出（退出码 ${code}）`)
      void shutdown(1)
    }
  })
  await adminReady(port, server)
  info(`管理后台已就绪：http://localhost:${port}/admin`)
}

async function buildAndServeSite(env: NodeJS.ProcessEnv, sitePort: number): Promise<void> {
  step('公众网站与打印 PDF')
  // Incremental: with nothing changed since the last start, this only checks and keeps the live build.
  await run('tsx', ['ops/build-site.ts'], env, '构建网站')
  const site = createStaticServer(liveSiteLink)
  await new Promise<void>((resolve) => site.listen(sitePort, resolve))
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        site.close(() => resolve())
        site.closeAllConnections()
      }),
  )
}

/** 打印预览: the admin prints drafts through it; it listens on this machine only. */
async function startPrintPreview(env: NodeJS.ProcessEnv, previewPort: number): Promise<void> {
  const preview = startChild('tsx', ['ops/preview.ts'], { ...env, NODE_ENV: 'production' }, '打印预览')
  cleanups.push(() => preview.stop())
  void preview.exited.then((code) => {
    if (!shuttingDown) console.error(`打印预览服务意外退出（退出码 ${code}）：后台的“打印预览”暂不可用，其余功能不受影响`)
  })
  await waitForHttp(`http://127.0.0.1:${previewPort}/`, 60_000, preview)
}

/**
 * Publishing, unpublishing and settings changes reach the site through this worker. One
 * that dies is started again (its unfinished update is queued, so nothing is lost); one
 * that keeps dying stops everything rather than leave the site silently stale.
 */
function startSiteWorker(env: NodeJS.ProcessEnv, enabled: boolean): void {
  step('网站更新服务')
  if (!enabled) {
    info('已按 SITE_WORKER=false 关闭：发布后需手动运行 npm run build:site')
    return
  }
  let worker: Child
  const restarts: number[] = []
  const startWorker = () => {
    worker = startChild('tsx', ['ops/worker.ts'], { ...env, NODE_ENV: 'production' }, '上线')
    void worker.exited.then((code) => {
      if (shuttingDown) return
      const now = Date.now()
      restarts.push(now)
      if (restarts.filter((at) => now - at < 60_000).length > 3) {
        console.error(`✖ 网站更新服务一分钟内多次意外退出（退出码 ${code}），正在停止`)
        void shutdown(1)
        return
      }
      console.error(`网站更新服务意外退出（退出码 ${code}），2 秒后重新启动`)
      setTimeout(() => shuttingDown || startWorker(), 2000)
    })
  }
  startWorker()
  cleanups.push(() => worker.stop())
  info('发布、下线、删除或修改网站设置后，网站会在几秒内自动更新')
}

function printReady(settings: Config, secrets: Secrets): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`
✔ 全部就绪（${seconds} 秒）
  管理后台  http://localhost:${settings.port}/admin
  公众网站  http://localhost:${settings.sitePort}/
  示例账号  ${DEMO_ACCOUNTS.map((account) => `${account.email}（${account.name}）`).join('\n            ')}
  示例密码  ${secrets.demoPasswordFromEnv ? '（来自 DEMO_PASSWORD 环境变量）' : secrets.demoPassword}（以上账号通用）
  发布后网站自动更新，记录见后台「上线记录」。按 Ctrl-C 停止。`)
}

/** Stops everything on a signal, or when the parent (npm) is gone. */
function stopOnSignals(): void {
  // SIGHUP too: a closed terminal must not leave the admin, the worker or the database running.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(0))
  // npm passes on SIGINT and SIGTERM but dies of SIGHUP without a word: a parent gone is a stop too.
  const parent = process.ppid
  setInterval(() => process.ppid !== parent && !shuttingDown && void shutdown(0), 1000).unref()
}

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env')
  // Bad settings (.env included) stop here, every one of them named, before anything is started.
  exitOnBadConfig()
  const settings = config()
  stopOnSignals()
  await checkPorts(settings)
  const database = await openPlatformDatabase(settings.databaseUrl)
  const secrets = await loadSecrets(dataDir)
  const env = { ...childEnv(settings, database, secrets), ...(await mailServer(settings)) }
  step('数据库迁移与示例内容')
  await run('tsx', ['ops/prepare.ts'], { ...env, NODE_ENV: 'production' }, '准备')
  await startAdminServer(settings.port, env)
  await buildAndServeSite(env, settings.sitePort)
  await startPrintPreview(env, settings.printPreviewPort)
  startSiteWorker(env, settings.siteWorker)
  printReady(settings, secrets)
}

/** DEBUG, for the last words: false when the settings themselves are what failed. */
function debugging(): boolean {
  try {
    return config().debug
  } catch {
    return false
  }
}

main().catch(async (error: unknown) => {
  console.error(error instanceof OperatorError ? `✖ ${error.message}` : `✖ 启动失败：${(error as Error).message}`)
  if (debugging() && error instanceof Error) console.error(error.stack)
  await shutdown(1)
})
