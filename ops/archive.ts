/**
 * The backup archive (`npm run backup`, `npm run restore`): one dated .tar.gz holding the
 * database as data — every table of the public schema, one JSON row per line, read in a
 * single snapshot — plus the uploaded media, and a manifest of what it holds.
 *
 * Why not pg_dump: the embedded PostgreSQL 18 from npm ships no pg_dump, and the
 * machine's pg_dump 15 refuses a newer server. The schema is not in the archive: it is
 * what the committed migrations make, and the manifest names the migrations the data was
 * written under. Restoring runs exactly those, loads the rows, then runs any newer ones —
 * so a backup taken before an upgrade restores into the upgraded platform.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { once } from 'node:events'
import { createReadStream, createWriteStream, existsSync } from 'node:fs'
import { copyFile, cp, link, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'

import pg from 'pg'

import { OperatorError } from '../contract/errors.ts'

export const ARCHIVE_FORMAT = 'xinghualing-backup'
export const ARCHIVE_VERSION = 1
/** Written again by running the migrations, never loaded from the archive. */
export const MIGRATIONS_TABLE = 'payload_migrations'

export interface ArchiveManifest {
  format: typeof ARCHIVE_FORMAT
  version: number
  createdAt: string
  /** PostgreSQL that the data came from, for the record. */
  server: string
  /** Applied migrations, in order: the schema the rows fit. */
  migrations: string[]
  tables: { name: string; rows: number; sha256: string }[]
  /** Sequence name → last value handed out (null: none yet). */
  sequences: Record<string, number | null>
  media: { files: number; bytes: number }
}

type Log = (line: string) => void

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`

async function tablesOf(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`,
  )
  return rows.map((row) => row.name)
}

/** Writes every table of `url`'s public schema to `<dir>/db/<table>.ndjson`, all from one snapshot. */
export async function dumpDatabase(url: string, dir: string, log: Log): Promise<Omit<ArchiveManifest, 'media' | 'createdAt'>> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    // One snapshot: a save that commits while the backup runs is either wholly in it or not.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const server = (await client.query<{ v: string }>('SHOW server_version')).rows[0]?.v ?? ''
    const tables = await tablesOf(client)
    if (!tables.includes(MIGRATIONS_TABLE)) throw new OperatorError('该数据库还没有平台的数据表（从未运行过迁移），没有可备份的内容。')
    const migrations = (
      await client.query<{ name: string }>(`SELECT name FROM ${MIGRATIONS_TABLE} WHERE batch > 0 ORDER BY name`)
    ).rows.map((row) => row.name)
    const written: ArchiveManifest['tables'] = []
    for (const [index, table] of tables.entries()) {
      const file = path.join(dir, 'db', `${table}.ndjson`)
      const out = createWriteStream(file)
      const hash = createHash('sha256')
      let rows = 0
      await client.query(`DECLARE dump NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS row FROM ${quote(table)} t`)
      for (;;) {
        const batch = await client.query<{ row: string }>('FETCH 2000 FROM dump')
        if (batch.rows.length === 0) break
        const chunk = `${batch.rows.map((r) => r.row).join('\n')}\n`
        hash.update(chunk)
        rows += batch.rows.length
        if (!out.write(chunk)) await once(out, 'drain')
      }
      await client.query('CLOSE dump')
      out.end()
      await once(out, 'finish')
      written.push({ name: table, rows, sha256: hash.digest('hex') })
      if (rows > 0) log(`  数据表 ${index + 1}/${tables.length}：${table}（${rows} 行）`)
    }
    const sequences: Record<string, number | null> = {}
    const { rows: seqs } = await client.query<{ name: string; value: string | null }>(
      `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
    )
    for (const seq of seqs) sequences[seq.name] = seq.value === null ? null : Number(seq.value)
    await client.query('COMMIT')
    return { format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, server, migrations, tables: written, sequences }
  } finally {
    await client.end()
  }
}

/** Tables of the public schema that hold rows: a restore goes only into an empty database. */
export async function describeTarget(url: string): Promise<{ tables: number; others: number }> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const tables = (await tablesOf(client)).length
    const { rows } = await client.query<{ n: string }>(
      'SELECT count(*)::text AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    )
    return { tables, others: Number(rows[0]?.n ?? 0) }
  } finally {
    await client.end()
  }
}

/** Empties the public schema (after a failed restore, or before one that replaces data). */
export async function clearSchema(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query('DROP SCHEMA public CASCADE')
    await client.query('CREATE SCHEMA public')
    // As PostgreSQL 15 makes it: everyone may use the schema, only its owner create in it.
    await client.query('GRANT USAGE ON SCHEMA public TO public')
  } finally {
    await client.end()
  }
}

const BATCH = 500

/**
 * The rows of a dump file: split on \n only. JSON escapes every control character but
 * leaves U+2028 and U+2029 as they are, and Node's readline splits lines on those too.
 */
async function* rowsOf(file: string): AsyncGenerator<string> {
  let rest = ''
  for await (const chunk of createReadStream(file, { encoding: 'utf8' })) {
    const lines = (rest + (chunk as string)).split('\n')
    rest = lines.pop() ?? ''
    for (const line of lines) if (line) yield line
  }
  if (rest) yield rest
}

/**
 * Loads the archive's rows into a database whose schema the same migrations made. One
 * transaction: the rows all arrive, every foreign key checked at the end, or none do.
 */
export async function loadDatabase(url: string, dir: string, manifest: ArchiveManifest, log: Log): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  // Foreign keys are checked once, at commit, so tables can load in any order.
  const { rows: keys } = await client.query<{ tbl: string; name: string }>(
    `SELECT conrelid::regclass::text AS tbl, conname AS name FROM pg_constraint
     WHERE contype = 'f' AND connamespace = 'public'::regnamespace AND NOT condeferrable`,
  )
  const alterKeys = async (how: string) => {
    for (const key of keys) await client.query(`ALTER TABLE ${key.tbl} ALTER CONSTRAINT ${quote(key.name)} ${how}`)
  }
  try {
    await alterKeys('DEFERRABLE INITIALLY IMMEDIATE')
    const present = new Set(await tablesOf(client))
    const missing = manifest.tables.filter((t) => !present.has(t.name) && t.rows > 0)
    if (missing.length > 0) throw new OperatorError(`迁移后缺少数据表：${missing.map((t) => t.name).join('、')}，备份与代码不匹配。`)
    await client.query('BEGIN')
    try {
      await client.query('SET CONSTRAINTS ALL DEFERRED')
      const targets = manifest.tables.filter((t) => t.name !== MIGRATIONS_TABLE && present.has(t.name))
      // Migrations may write rows of their own; the archive's rows replace them. The 操作日志's
      // guard lets only a restore empty it (these tables were made moments ago).
      await client.query("SET LOCAL xhl.restore = 'on'")
      if (targets.length > 0) await client.query(`TRUNCATE ${targets.map((t) => quote(t.name)).join(', ')}`)
      for (const [index, table] of targets.entries()) {
        if (table.rows === 0) continue
        let batch: string[] = []
        let loaded = 0
        const flush = async () => {
          if (batch.length === 0) return
          await client.query(
            `INSERT INTO ${quote(table.name)} SELECT * FROM json_populate_recordset(NULL::${quote(table.name)}, $1::json)`,
            [`[${batch.join(',')}]`],
          )
          loaded += batch.length
          batch = []
        }
        for await (const line of rowsOf(path.join(dir, 'db', `${table.name}.ndjson`))) {
          batch.push(line)
          if (batch.length >= BATCH) await flush()
        }
        await flush()
        if (loaded !== table.rows)
          throw new OperatorError(`数据表 ${table.name} 应有 ${table.rows} 行，只读到 ${loaded} 行：备份文件不完整。`)
        log(`  数据表 ${index + 1}/${targets.length}：${table.name}（${loaded} 行）`)
      }
      const { rows: sequences } = await client.query<{ name: string }>(
        "SELECT sequencename AS name FROM pg_sequences WHERE schemaname = 'public'",
      )
      const sequencesPresent = new Set(sequences.map((sequence) => sequence.name))
      for (const [name, value] of Object.entries(manifest.sequences)) {
        if (!sequencesPresent.has(name)) continue
        if (value === null) await client.query('SELECT setval($1::regclass, 1, false)', [quote(name)])
        else await client.query('SELECT setval($1::regclass, $2, true)', [quote(name), value])
      }
      // The restore itself goes into the 操作日志 it brought back (after the ids are set).
      if (present.has('audit_log')) {
        const summary = `从备份恢复（备份时间 ${manifest.createdAt}）`
        await client.query("INSERT INTO audit_log (action, summary, actor_name, channel) VALUES ('restore', $1, '系统', '命令行')", [
          summary,
        ])
      }
      await client.query('COMMIT')
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw error
    }
  } finally {
    await alterKeys('NOT DEFERRABLE').catch(() => undefined)
    await client.end()
  }
}

/** Checks that the extracted db files are the ones the manifest describes, byte for byte. */
export async function verifyDump(dir: string, manifest: ArchiveManifest): Promise<void> {
  for (const table of manifest.tables) {
    const file = path.join(dir, 'db', `${table.name}.ndjson`)
    if (!existsSync(file)) throw new OperatorError(`备份文件不完整：缺少数据表 ${table.name}。`)
    const hash = createHash('sha256')
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
    if (hash.digest('hex') !== table.sha256) throw new OperatorError(`备份文件已损坏：数据表 ${table.name} 的校验值不符。`)
  }
}

/** Folders the backup and restore tools make inside the media folder, never media themselves. */
export const isToolFolder = (name: string) => name.startsWith('.backup-') || name.startsWith('.before-restore-')

/**
 * A still copy of the media folder, inside it (so on the same disk), made of hard links:
 * uploads and deletions while the backup packs it change the folder, not the copy.
 */
export async function snapshotTree(dir: string, into: string): Promise<void> {
  await mkdir(into, { recursive: true })
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (isToolFolder(entry.name)) continue
    const from = path.join(dir, entry.name)
    const to = path.join(into, entry.name)
    if (entry.isDirectory()) await snapshotTree(from, to)
    else if (entry.isFile()) await link(from, to).catch(() => copyFile(from, to))
  }
}

/** Moves a file or folder, copying it where a rename cannot cross disks. */
export async function moveEntry(from: string, to: string): Promise<void> {
  try {
    await rename(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await cp(from, to, { recursive: true, preserveTimestamps: true })
    await rm(from, { recursive: true, force: true })
  }
}

/** Files and bytes under a folder (the media). */
export async function measureTree(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0
  let bytes = 0
  const walk = async (folder: string) => {
    for (const entry of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) await walk(full)
      else if (entry.isFile()) {
        files++
        bytes += (await stat(full)).size
      }
    }
  }
  await walk(dir)
  return { files, bytes }
}

/** Runs GNU tar; its complaint, if any, becomes the error. */
export async function tar(args: string[]): Promise<void> {
  const child = spawn('tar', args, { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
  const [code] = (await once(child, 'exit').catch((error: unknown) => {
    throw new OperatorError(`无法运行 tar：${(error as Error).message}`)
  })) as [number | null]
  if (code !== 0) throw new OperatorError(`tar 失败：${stderr.trim().split('\n').slice(-2).join('；') || `退出码 ${code}`}`)
}

export async function readManifest(dir: string): Promise<ArchiveManifest> {
  const file = path.join(dir, 'manifest.json')
  if (!existsSync(file)) throw new OperatorError('这不是本平台的备份文件（缺少 manifest.json）。')
  const manifest = JSON.parse(await readFile(file, 'utf8')) as ArchiveManifest
  if (manifest.format !== ARCHIVE_FORMAT) throw new OperatorError('这不是本平台的备份文件。')
  if (manifest.version > ARCHIVE_VERSION) throw new OperatorError(`备份格式版本 ${manifest.version} 比当前平台支持的更新，请先升级平台。`)
  return manifest
}
