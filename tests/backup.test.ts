import { existsSync } from 'node:fs'
import { readdir, readFile, truncate, writeFile } from 'node:fs/promises'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findFreePort } from '../contract/ports.ts'
import { adminReady, startAdmin } from '../ops/admin.ts'
import { type Child, run, startChild } from '../ops/processes.ts'
import { api, areaId, buildSite, loginAsEditor, stack } from './support/cms.ts'
import { createScratchDatabase, type ScratchDatabase } from './support/database.ts'
import { buildRecords, treeDigests } from './support/files.ts'

/** Runs a project command, capturing its output; resolves with the exit code. */
async function command(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = startChild('tsx', [script, ...args], { ...process.env, ...env }, path.basename(script, '.ts'))
  let output = ''
  child.process.stdout?.on('data', (chunk: Buffer) => (output += chunk))
  child.process.stderr?.on('data', (chunk: Buffer) => (output += chunk))
  return { code: await child.exited, output }
}

async function tableCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ n: string }>("SELECT count(*)::text AS n FROM pg_tables WHERE schemaname = 'public'")
    return Number(rows[0]?.n)
  } finally {
    await client.end()
  }
}

const work = (name: string) => path.join(stack().workDir, 'backup-test', name)

/** Text that line-based readers split or mangle: U+2028/U+2029 (which JSON leaves as they are), CR, LF, a vertical tab, quotes, a backslash, a rare character and an emoji. */
const AWKWARD = `行分隔\u2028段分隔\u2029回车\r换行\n垂直制表\u000b引号"'反斜杠\\ 𠈌 👍 </script>`
let awkwardId: number

async function summaryIn(url: string, id: number): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (
      await client.query<{ summary: string }>(
        'SELECT version_summary AS summary FROM _figures_v WHERE parent_id = $1 ORDER BY id DESC LIMIT 1',
        [id],
      )
    ).rows[0]?.summary
  } finally {
    await client.end()
  }
}

let archive: string
let restored: ScratchDatabase
let empty: ScratchDatabase
let admin: Child | undefined
const restoredEnv = () => ({
  ...stack().env,
  DATABASE_URL: restored.url,
  MEDIA_DIR: work('restored-media'),
  DATA_DIR: work('restored-data'),
})

beforeAll(async () => {
  restored = await createScratchDatabase()
  empty = await createScratchDatabase()
})

afterAll(async () => {
  await admin?.stop()
  await restored?.drop()
  await empty?.drop()
})

describe('backup and restore', () => {
  it('makes one dated archive of the database and the media while the admin runs', async () => {
    // A draft whose text line-based tools get wrong must come back exactly.
    const { status, body } = await api<{ doc: { id: number } }>('/api/figures?draft=true', {
      method: 'POST',
      token: await loginAsEditor(),
      body: {
        name: '备份测试',
        honourTitle: '测试',
        honourKind: 'good-neighbour',
        area: await areaId('涧河街道'),
        summary: AWKWARD,
        _status: 'draft',
      },
    })
    expect(status).toBe(201)
    awkwardId = body.doc.id
    const result = await command('ops/backup.ts', [], { ...stack().env, BACKUP_DIR: work('backups') })
    expect(result.code, result.output).toBe(0)
    expect(result.output).toMatch(/数据库：\d+ 张表，\d+ 行。媒体文件：\d+ 个/)
    const files = await readdir(work('backups'))
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/^xinghualing-backup-\d{8}-\d{6}\.tar\.gz$/)
    archive = path.join(work('backups'), files[0] as string)
    expect(result.output).toContain(archive)
  })

  it('restores into a fresh database and media folder; the restored platform starts and builds the same site', async () => {
    const result = await command('ops/restore.ts', [archive], restoredEnv())
    expect(result.code, result.output).toBe(0)
    expect(result.output).toContain('恢复完成')
    // The media, file for file; awkward text, character for character.
    expect(await treeDigests(work('restored-media'))).toEqual(await treeDigests(stack().mediaDir))
    expect(await summaryIn(stack().databaseUrl, awkwardId)).toBe(AWKWARD)
    expect(await summaryIn(restored.url, awkwardId)).toBe(AWKWARD)

    // Start it as npm start does: migrations and demo content (nothing to add), then the admin.
    await run('tsx', ['ops/prepare.ts'], { ...process.env, ...restoredEnv(), NODE_ENV: 'production' }, '准备（恢复后）')
    const port = await findFreePort()
    const cmsUrl = `http://127.0.0.1:${port}`
    admin = startAdmin(port, { ...process.env, ...restoredEnv(), CMS_URL: cmsUrl }, '后台（恢复后）')
    await adminReady(port, admin)
    // Accounts came back with their passwords.
    const login = await fetch(`${cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'editor@xinghualing.example', password: stack().demoPassword }),
    })
    expect(login.status).toBe(200)

    // The same public site, built from the original and from the restored platform.
    await buildSite({ DATA_DIR: work('original-data'), SITE_DIR: work('original-dist') })
    // The site's forms post to the deployment's public participation address, which a restore keeps (here the
    // restored admin runs on another port, so that address is given as the original's).
    await buildSite({
      ...restoredEnv(),
      CMS_URL: cmsUrl,
      PARTICIPATION_URL: `${stack().cmsUrl}/api/participation`,
      SITE_DIR: work('restored-dist'),
    })
    const before = await treeDigests(work('original-dist'), buildRecords)
    const after = await treeDigests(work('restored-dist'), buildRecords)
    // _build/ holds the builder's own records, never served: build.json names its id and
    // time, and the reuse keys in manifest.json and search.json include where images were
    // read from (another admin address here). The manifest's files, sizes and page counts
    // must match; every file residents get must match byte for byte.
    const manifest = async (dir: string) => {
      const { files } = JSON.parse(await readFile(path.join(dir, '_build/manifest.json'), 'utf8')) as {
        files: Record<string, { key: string; bytes: number; pages?: number }>
      }
      return Object.entries(files).map(([file, { bytes, pages }]) => [file, bytes, pages])
    }
    expect(await manifest(work('restored-dist'))).toEqual(await manifest(work('original-dist')))
    expect(Object.keys(before).length).toBeGreaterThan(100)
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort())
    const differing = Object.entries(before)
      .filter(([file, digest]) => after[file] !== digest)
      .map(([file]) => file)
    expect(differing).toEqual([])
    // A restore, a second admin starting, and two full builds of the site with every PDF (40–60 s each on two cores).
  }, 300_000)

  it('refuses a target that is not empty, saying how to replace it, and changes nothing', async () => {
    const tables = await tableCount(restored.url)
    // The restored admin is stopped: the database is not in use, only not empty.
    await admin?.stop()
    admin = undefined
    const result = await command('ops/restore.ts', [archive], restoredEnv())
    expect(result.code).toBe(1)
    expect(result.output).toContain('目标不是空的')
    expect(result.output).toContain('--replace')
    expect(await tableCount(restored.url)).toBe(tables)
  })

  it('replaces a target that is not empty with --replace, backing up what was there first', async () => {
    // Something only the target has, which the replacement removes and the safety backup keeps.
    const client = new pg.Client({ connectionString: restored.url })
    await client.connect()
    await client.query("UPDATE _figures_v SET version_summary = '只在目标库里的修改' WHERE parent_id = $1", [awkwardId])
    await client.end()
    const env = { ...restoredEnv(), BACKUP_DIR: work('safety-backups') }
    const result = await command('ops/restore.ts', [archive, '--replace'], env)
    expect(result.code, result.output).toBe(0)
    expect(result.output).toContain('现有数据已备份到')
    const safety = await readdir(work('safety-backups'))
    expect(safety).toHaveLength(1)
    // The archive's data is back, the target's own edit is gone from it, and kept in the safety backup.
    expect(await summaryIn(restored.url, awkwardId)).toBe(AWKWARD)
    expect(await treeDigests(work('restored-media'))).toEqual(await treeDigests(stack().mediaDir))
    const again = await createScratchDatabase()
    try {
      const back = await command('ops/restore.ts', [path.join(work('safety-backups'), safety[0] as string)], {
        ...env,
        DATABASE_URL: again.url,
        MEDIA_DIR: work('safety-media'),
      })
      expect(back.code, back.output).toBe(0)
      expect(await summaryIn(again.url, awkwardId)).toBe('只在目标库里的修改')
    } finally {
      await again.drop()
    }
  })

  it('restores a backup taken before an upgrade into the upgraded platform: its own migrations, its rows, then the newer ones', async () => {
    const { migrations } = await import('../cms/migrations/index.ts')
    const older = migrations[migrations.length - 2]?.name as string
    const before = await createScratchDatabase()
    const after = await createScratchDatabase()
    try {
      // A database of the version before the last migration, with rows of its own.
      await run('tsx', ['tests/support/migrate-to.ts', older], { ...process.env, ...stack().env, DATABASE_URL: before.url }, '旧版本迁移')
      const client = new pg.Client({ connectionString: before.url })
      await client.connect()
      await client.query("INSERT INTO areas (name, kind, slug) VALUES ('旧版本的街道', 'subdistrict', 'jiu-ban-ben')")
      await client.end()
      const env = { ...stack().env, DATABASE_URL: before.url, MEDIA_DIR: work('older-media'), BACKUP_DIR: work('older-backups') }
      const made = await command('ops/backup.ts', [], env)
      expect(made.code, made.output).toBe(0)
      const [file] = await readdir(work('older-backups'))
      const restoredOld = await command('ops/restore.ts', [path.join(work('older-backups'), file as string)], {
        ...env,
        DATABASE_URL: after.url,
        MEDIA_DIR: work('older-restored-media'),
      })
      expect(restoredOld.code, restoredOld.output).toBe(0)
      expect(restoredOld.output).toContain('升级到当前版本（1 个新迁移）')
      const check = new pg.Client({ connectionString: after.url })
      await check.connect()
      try {
        const applied = await check.query<{ name: string }>('SELECT name FROM payload_migrations ORDER BY name')
        expect(applied.rows.map((row) => row.name)).toEqual(migrations.map((migration) => migration.name))
        const areas = await check.query<{ name: string }>("SELECT name FROM areas WHERE slug = 'jiu-ban-ben'")
        expect(areas.rows[0]?.name).toBe('旧版本的街道')
      } finally {
        await check.end()
      }
    } finally {
      await before.drop()
      await after.drop()
    }
  })

  it('refuses a damaged archive before touching the database', async () => {
    const damaged = work('damaged.tar.gz')
    const bytes = await readFile(archive)
    await writeFile(damaged, bytes)
    await truncate(damaged, Math.floor(bytes.length * 0.6))
    const env = { ...stack().env, DATABASE_URL: empty.url, MEDIA_DIR: work('empty-media'), DATA_DIR: work('empty-data') }
    const result = await command('ops/restore.ts', [damaged], env)
    expect(result.code).toBe(1)
    expect(result.output).toMatch(/备份文件(无法解开|不完整|已损坏)/)
    expect(result.output).not.toMatch(/\n\s+at /)
    expect(await tableCount(empty.url)).toBe(0)
    expect(existsSync(work('empty-media'))).toBe(false)
  })
})
