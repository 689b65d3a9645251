/**
 * `npm run backup [-- --out <folder>]`: the database and the uploaded media in one dated
 * archive, xinghualing-backup-<date>-<time>.tar.gz, in BACKUP_DIR (default .data/backups).
 * Safe while `npm start` runs: the database is read in one snapshot.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, realpath, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { config, exitOnBadConfig } from '../contract/config.ts'
import { exitOnOperatorError, OperatorError } from '../contract/errors.ts'
import { mediaDir } from '../contract/paths.ts'
import { type ArchiveManifest, dumpDatabase, measureTree, snapshotTree, tar } from './archive.ts'
import { openDatabase } from './database.ts'
import { isMainModule } from './processes.ts'

const log = (line: string) => console.log(line)

const pad = (n: number) => String(n).padStart(2, '0')
/** Local date and time, as the office reads it: 20261126-2342. */
function stamp(date: Date): string {
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`
}

export function backupDir(): string {
  return config().backupDir
}

/** Makes one archive and returns its path. */
export async function backup(outDir = backupDir()): Promise<string> {
  const started = performance.now()
  await mkdir(outDir, { recursive: true })
  const createdAt = new Date()
  const name = `xinghualing-backup-${stamp(createdAt)}.tar.gz`
  const target = path.join(outDir, name)
  if (existsSync(target)) throw new OperatorError(`${target} 已存在，请稍后再试。`)
  const database = await openDatabase(log)
  const work = await mkdtemp(path.join(outDir, '.backup-'))
  // The media as they are now, held still while they are packed (a copy inside the folder).
  const snapshot = existsSync(mediaDir) ? path.join(await realpath(mediaDir), `.backup-${process.pid}`) : null
  try {
    log(`备份数据库${database.embedded ? '（内置 PostgreSQL）' : '（DATABASE_URL）'}……`)
    await mkdir(path.join(work, 'db'))
    const dump = await dumpDatabase(database.url, work, log)
    if (snapshot) await snapshotTree(path.dirname(snapshot), snapshot)
    const media = snapshot ? await measureTree(snapshot) : { files: 0, bytes: 0 }
    const manifest: ArchiveManifest = { ...dump, createdAt: createdAt.toISOString(), media }
    await writeFile(path.join(work, 'manifest.json'), JSON.stringify(manifest, null, 2))
    const rows = dump.tables.reduce((sum, table) => sum + table.rows, 0)
    log(`数据库：${dump.tables.length} 张表，${rows} 行。媒体文件：${media.files} 个（${(media.bytes / 1048576).toFixed(1)} MB），打包中……`)
    // Written beside the target and renamed: a half-written archive never has the real name.
    const partial = path.join(work, 'archive.partial')
    const mediaArgs = snapshot ? ['-C', snapshot, '--transform', 's,^\\.,media,', '.'] : []
    await tar(['-czf', partial, '-C', work, 'manifest.json', 'db', ...mediaArgs])
    await rename(partial, target)
  } finally {
    if (snapshot) await rm(snapshot, { recursive: true, force: true })
    await database.stop()
    await rm(work, { recursive: true, force: true })
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  log(`✔ 备份完成（${seconds} 秒）：${target}`)
  log('  请把它复制到另一台机器或移动硬盘保存；用 npm run restore -- <文件> 恢复。')
  return target
}

if (isMainModule(import.meta.url)) {
  exitOnBadConfig()
  const at = process.argv.indexOf('--out')
  const out = at > 0 ? process.argv[at + 1] : undefined
  if (at > 0 && !out) exitOnOperatorError(new OperatorError('--out 后面需要一个文件夹。'))
  backup(out ? path.resolve(out) : undefined).then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof OperatorError) exitOnOperatorError(error)
      console.error(`✖ 备份失败：${(error as Error).message}`)
      process.exit(1)
    },
  )
}
