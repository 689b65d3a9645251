/**
 * A kept seed for the publish bench (bench/publish.ts), opt-in with
 * BENCH_PUBLISH_SEED_CACHE=1: the first run at a size keeps its generated database as a
 * template (xhl_bench_seed_<N>) and its folders after the full build (media, builds, live
 * link) under the system's temporary folder; later runs start from copies of both, some ten
 * minutes sooner at 10,000 documents, and report the kept run's generation and full-build
 * figures. For iterating on the publishing path; a seed made by other code is not noticed,
 * so drop it after changing the generator, the migrations or the site
 * (BENCH_PUBLISH_SEED_CACHE=drop removes every kept seed).
 */
import { existsSync } from 'node:fs'
import { cp, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import type { ScratchDatabase } from '../tests/support/database.ts'

const SEED_PREFIX = 'xhl_bench_seed_'

export interface SeedFigures {
  generateSeconds: number
  fullBuild: Record<string, number>
}

export interface SeedCache {
  /** A scratch database copied from the kept one, or null when there is none yet. */
  database(): Promise<ScratchDatabase | null>
  /** Copies the kept folders into `work`; returns the kept run's figures. */
  restore(work: string, siteDir: string): Promise<SeedFigures>
  /** Keeps `databaseUrl`'s database (nobody may be connected to it). */
  keepDatabase(databaseUrl: string): Promise<void>
  /** Keeps `work`'s folders and the figures, once the full build is done. */
  keepFolders(work: string, figures: SeedFigures): Promise<void>
}

const server = () => process.env.DATABASE_URL ?? ''
const folderOf = (size: number) => path.join(os.tmpdir(), `xhl-bench-seed-${size}`)

async function sql(text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: server() })
  await client.connect()
  try {
    return await client.query(text)
  } finally {
    await client.end()
  }
}

/** Removes every kept seed: the template databases and their folders. */
export async function dropSeeds(): Promise<void> {
  const { rows } = await sql(`SELECT datname FROM pg_database WHERE datname LIKE '${SEED_PREFIX}%'`)
  for (const { datname } of rows as { datname: string }[]) await sql(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
  for (const name of await readdir(os.tmpdir())) {
    if (name.startsWith('xhl-bench-seed-')) await rm(path.join(os.tmpdir(), name), { recursive: true, force: true })
  }
}

export function seedCache(size: number): SeedCache | null {
  if (process.env.BENCH_PUBLISH_SEED_CACHE !== '1' || !server()) return null
  const template = `${SEED_PREFIX}${size}`
  const folder = folderOf(size)
  return {
    async database() {
      const kept = await sql(`SELECT 1 FROM pg_database WHERE datname = '${template}'`)
      if (kept.rowCount === 0 || !existsSync(path.join(folder, 'figures.json'))) return null
      const name = `xhl_test_${Math.random().toString(16).slice(2, 12)}`
      await sql(`CREATE DATABASE "${name}" TEMPLATE "${template}"`)
      const url = new URL(server())
      url.pathname = `/${name}`
      return { url: url.toString(), drop: () => sql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => undefined) }
    },
    async restore(work, siteDir) {
      await cp(path.join(folder, 'work'), work, { recursive: true, verbatimSymlinks: true })
      // The live link names its build by absolute path: point it into this copy.
      const kept = JSON.parse(await readFile(path.join(folder, 'figures.json'), 'utf8')) as SeedFigures & { work: string }
      const target = await readlink(siteDir)
      await rm(siteDir)
      await symlink(path.join(work, path.relative(kept.work, target)), siteDir)
      return { generateSeconds: kept.generateSeconds, fullBuild: kept.fullBuild }
    },
    async keepDatabase(databaseUrl) {
      await sql(`DROP DATABASE IF EXISTS "${template}"`)
      await sql(`CREATE DATABASE "${template}" TEMPLATE "${new URL(databaseUrl).pathname.slice(1)}"`)
    },
    async keepFolders(work, figures) {
      await rm(folder, { recursive: true, force: true })
      await cp(work, path.join(folder, 'work'), { recursive: true, verbatimSymlinks: true })
      await writeFile(path.join(folder, 'figures.json'), JSON.stringify({ ...figures, work }))
    },
  }
}
