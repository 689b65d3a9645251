/**
 * `npm run restore -- <archive> [--replace]`: puts a backup (`npm run backup`) back — the
 * database through the migrations it was written under plus its rows, then the media.
 * Into an empty database by default; `--replace` first backs up what is there now, then
 * replaces it. Refused while anything else (npm start) uses the database. Afterwards
 * `npm start` brings the platform up and rebuilds the public site from the restored content.
 */
import { constants, existsSync } from 'node:fs'
import { access, mkdir, mkdtemp, readdir, realpath, rename, rm } from 'node:fs/promises'
import path from 'node:path'

import type { Migration as PayloadMigration } from 'payload'

import { migrations } from '../cms/migrations/index.ts'
import { exitOnBadConfig } from '../contract/config.ts'
import { exitOnOperatorError, OperatorError } from '../contract/errors.ts'
import { mediaDir } from '../contract/paths.ts'
import {
  type ArchiveManifest,
  clearSchema,
  describeTarget,
  isToolFolder,
  loadDatabase,
  measureTree,
  moveEntry,
  readManifest,
  tar,
  verifyDump,
} from './archive.ts'
import { backup } from './backup.ts'
import { type Database, openDatabase } from './database.ts'
import { isMainModule } from './processes.ts'

const log = (line: string) => console.log(line)

/**
 * One Payload instance for this database, to run committed migrations with: Payload keeps
 * one instance per process (destroying it does not let a second one start), so the
 * schema and the upgrade after the rows both go through this one.
 */
async function migrator(url: string): Promise<{ migrate(count?: number): Promise<void>; close(): Promise<void> }> {
  // Written for the Payload config, which reads the settings (contract/config.ts) when it is
  // imported: they are parsed again once a variable has changed.
  process.env.DATABASE_URL = url
  process.env.PAYLOAD_SECRET ||= `restore-${process.pid}-${Date.now()}-migrations-only`
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../cms/payload.config.ts')])
  const payload = await getPayload({ config })
  return {
    // Payload types a migration's argument as unknown; ours take the Postgres adapter's arguments.
    migrate: (count = migrations.length) => payload.db.migrate({ migrations: migrations.slice(0, count) as unknown as PayloadMigration[] }),
    close: () => payload.destroy(),
  }
}

/** Unpacks the archive into `work` and checks it is whole and from this platform's migrations. */
async function unpack(archive: string, work: string): Promise<ArchiveManifest> {
  log(`读取备份 ${path.basename(archive)}……`)
  await tar(['-xzf', archive, '-C', work]).catch((error: unknown) => {
    throw new OperatorError(`备份文件无法解开（可能不完整或已损坏）：${(error as Error).message}`)
  })
  const manifest = await readManifest(work)
  await verifyDump(work, manifest)
  const packed = await measureTree(path.join(work, 'media'))
  if (packed.files !== manifest.media.files || packed.bytes !== manifest.media.bytes) {
    throw new OperatorError(`备份文件不完整：媒体文件应有 ${manifest.media.files} 个，实际 ${packed.files} 个。`)
  }
  const code = migrations.map((migration) => migration.name)
  const unknown = manifest.migrations.find((name, index) => code[index] !== name)
  if (unknown) throw new OperatorError(`备份来自更新或不同版本的平台（迁移 ${unknown} 与当前代码不符），请先换用对应版本的代码再恢复。`)
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0)
  log(
    `备份时间 ${new Date(manifest.createdAt).toLocaleString('zh-CN')}：${manifest.tables.length} 张表 ${rows} 行，媒体文件 ${packed.files} 个。`,
  )
  return manifest
}

/** The media folder, made if missing and found writable before the database is touched. */
async function writableMediaFolder(): Promise<string> {
  await mkdir(mediaDir, { recursive: true })
  const media = await realpath(mediaDir)
  await access(media, constants.W_OK).catch(() => {
    throw new OperatorError(`媒体文件夹 ${media} 不可写，请检查权限后再恢复。`)
  })
  return media
}

/**
 * Refuses a database in use or a target that is not empty (unless `replace`: then backs
 * up what is there and clears the database).
 */
async function prepareTarget(database: Database & { running: boolean }, replace: boolean): Promise<void> {
  if (database.embedded && database.running) throw new OperatorError('内置数据库正在被 npm start 使用，请先停止它（Ctrl-C）再恢复。')
  const target = await describeTarget(database.url)
  if (target.others > 0) throw new OperatorError(`有其他程序正连着目标数据库（${target.others} 个连接），请先停止 npm start 等服务再恢复。`)
  const mediaFiles = (await readdir(mediaDir).catch(() => [] as string[])).filter((name) => !isToolFolder(name)).length
  if ((target.tables > 0 || mediaFiles > 0) && !replace) {
    throw new OperatorError(
      `目标不是空的（数据库已有 ${target.tables} 张表，媒体文件夹有 ${mediaFiles} 项）。加 --replace 会先自动备份现有数据，再用备份替换它。`,
    )
  }
  if (target.tables > 0 || mediaFiles > 0) {
    log('先备份现有数据（--replace）……')
    const safety = await backup()
    log(`现有数据已备份到 ${safety}`)
    if (target.tables > 0) await clearSchema(database.url)
  }
}

/** The schema the backup was written under, its rows, then the migrations made since. */
async function loadRows(url: string, work: string, manifest: ArchiveManifest): Promise<void> {
  const code = migrations.map((migration) => migration.name)
  const schema = await migrator(url)
  try {
    log(`建立数据表结构（${manifest.migrations.length} 个迁移）……`)
    await schema.migrate(manifest.migrations.length)
    log('写入数据……')
    await loadDatabase(url, work, manifest, log)
    if (code.length > manifest.migrations.length) {
      log(`升级到当前版本（${code.length - manifest.migrations.length} 个新迁移）……`)
      await schema.migrate()
    }
  } catch (error) {
    // Nothing half-restored stays behind: the database is left empty, as it was found
    // (or as --replace left it, after its safety backup).
    await clearSchema(url).catch(() => undefined)
    throw error
  } finally {
    await schema.close()
  }
}

/**
 * The media, entry by entry into the folder itself (which may be a mount point or a
 * symlink to another disk): the old entries are set aside first and removed at the end.
 */
async function moveMediaIn(work: string, media: string): Promise<void> {
  const old = await mkdtemp(path.join(media, '.before-restore-'))
  for (const name of await readdir(media)) if (!isToolFolder(name)) await rename(path.join(media, name), path.join(old, name))
  try {
    const incoming = path.join(work, 'media')
    for (const name of await readdir(incoming).catch(() => [] as string[]))
      await moveEntry(path.join(incoming, name), path.join(media, name))
  } catch (error) {
    throw new OperatorError(`数据库已恢复，但媒体文件没能放进 ${media}：${(error as Error).message}。原来的媒体文件保存在 ${old}。`)
  }
  await rm(old, { recursive: true, force: true })
}

export async function restore(archive: string, { replace = false } = {}): Promise<void> {
  const started = performance.now()
  if (!existsSync(archive)) throw new OperatorError(`找不到备份文件：${archive}`)
  // Beside the media folder, so the restored media usually moves into place by a rename.
  await mkdir(path.dirname(mediaDir), { recursive: true })
  const work = await mkdtemp(path.join(path.dirname(mediaDir), '.restore-'))
  try {
    const manifest = await unpack(archive, work)
    const media = await writableMediaFolder()
    const database = await openDatabase(log, { create: true })
    try {
      await prepareTarget(database, replace)
      await loadRows(database.url, work, manifest)
    } finally {
      await database.stop()
    }
    await moveMediaIn(work, media)
  } finally {
    await rm(work, { recursive: true, force: true })
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  log(`✔ 恢复完成（${seconds} 秒）。运行 npm start：后台启动后会按恢复的内容重新生成公众网站和 PDF。`)
}

if (isMainModule(import.meta.url)) {
  exitOnBadConfig()
  const args = process.argv.slice(2)
  const archive = args.find((arg) => !arg.startsWith('--'))
  if (!archive) exitOnOperatorError(new OperatorError('用法：npm run restore -- <备份文件.tar.gz> [--replace]'))
  restore(path.resolve(archive as string), { replace: args.includes('--replace') }).then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof OperatorError) exitOnOperatorError(error)
      console.error(`✖ 恢复失败：${(error as Error).message}`)
      process.exit(1)
    },
  )
}
