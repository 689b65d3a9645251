/**
 * The builds folder: one sub-folder per build, a symlink to the live one, each build's
 * manifest, the lock that keeps one build at a time, and the file-system steps every build
 * uses (hard links, atomic replace and switch).
 */
import { link, lstat, mkdir, open, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { siteBuildsDir } from '../../contract/paths.ts'

export interface ManifestEntry {
  key: string
  bytes: number
  /** PDFs: the page count, which the 打印与下载 page states. */
  pages?: number
}
export interface Manifest {
  version: string
  /** How the text files' .br/.gz copies were made (builds/precompress.ts); absent before precompression. */
  precompressed?: string
  files: Record<string, ManifestEntry>
  /** PDFs this build left for a later one (builds/holdBack.ts). */
  waiting?: string[]
}

/** Where a build keeps its own records; the static server never serves this folder. */
export const BUILD_META = '_build'

export class BuildLockedError extends Error {
  name = 'BuildLockedError'
}

/** Why a build failed, in Chinese for the editor and the operator: file-system faults by name. */
export function buildErrorMessage(error: unknown): string {
  const { code, path: where, message } = error as NodeJS.ErrnoException
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `构建文件夹所在的磁盘已满（${path.dirname(where ?? siteBuildsDir)}）。请清理磁盘空间或扩容后重试`
    case 'EROFS':
      return `构建文件夹所在的磁盘是只读的（${where ?? siteBuildsDir}）`
    case 'EACCES':
    case 'EPERM':
      return `没有写入构建文件夹的权限（${where ?? siteBuildsDir}）`
    default:
      return message
  }
}

export async function readManifest(dir: string): Promise<Manifest | null> {
  try {
    return JSON.parse(await readFile(path.join(dir, BUILD_META, 'manifest.json'), 'utf8')) as Manifest
  } catch {
    return null
  }
}

/** Replaces the symlink in one rename, so a reader sees the old build or the new one. */
export async function switchLive(liveLink: string, target: string): Promise<void> {
  const current = await lstat(liveLink).catch(() => null)
  if (current && !current.isSymbolicLink()) {
    // A plain folder left by running `astro build` by hand: keep it beside the builds.
    await rename(liveLink, path.join(path.dirname(target), `manual-${path.basename(target)}`))
  }
  const temporary = `${liveLink}.next-${process.pid}`
  await rm(temporary, { force: true })
  await symlink(target, temporary)
  await rename(temporary, liveLink).catch(async (error: unknown) => {
    await rm(temporary, { force: true })
    throw error
  })
}

/** Finished builds, oldest first. */
export async function listBuilds(buildsDir: string): Promise<string[]> {
  const names = await readdir(buildsDir).catch(() => [] as string[])
  return names.filter((name) => /^\d{8}T\d{9}-\d+$/.test(name)).sort()
}

export async function pruneOldBuilds(buildsDir: string, live: string, keep: number): Promise<void> {
  const finished = (await listBuilds(buildsDir)).filter((name) => path.join(buildsDir, name) !== live)
  for (const name of finished.slice(0, Math.max(0, finished.length - keep))) {
    await rm(path.join(buildsDir, name), { recursive: true, force: true })
  }
  for (const name of await readdir(buildsDir)) {
    const spareOwner = /^spare-(\d+)$/.exec(name)?.[1]
    const owner = spareOwner ?? /^search-compact-(\d+)-\d+\.compacting$/.exec(name)?.[1]
    const stale = name.endsWith('.partial') || (owner !== undefined && Number(owner) !== process.pid && !isAlive(Number(owner)))
    if (stale) await rm(path.join(buildsDir, name), { recursive: true, force: true })
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Runs fn over items with up to `width` in flight: file-system calls overlap in libuv's threads. */
export async function inParallel<T>(items: T[], width: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) await fn(items[next++] as T)
    }),
  )
}

/** Hard-links every file of `from` into `to` (a new folder). */
export async function linkTree(from: string, to: string, files: string[]): Promise<void> {
  const dirs = [...new Set(files.map((file) => path.dirname(path.join(to, file))))].sort()
  await inParallel(dirs, 16, (dir) => mkdir(dir, { recursive: true }).then(() => undefined))
  await inParallel(files, 32, (file) => link(path.join(from, file), path.join(to, file)))
}

/** Writes a file by renaming a new one over it: a hard-linked file shared with the live build is never written through. */
export async function replaceFile(target: string, body: string | Uint8Array): Promise<void> {
  const temporary = `${target}.tmp-${process.pid}`
  await writeFile(temporary, body)
  await rename(temporary, target)
}

/**
 * One build at a time per builds folder, across processes: a lock file naming its owner's
 * pid. A lock whose owner is gone (killed) is taken over.
 */
export async function acquireLock(buildsDir: string, waitMs: number): Promise<() => Promise<void>> {
  const file = path.join(buildsDir, 'build.lock')
  const deadline = Date.now() + waitMs
  for (;;) {
    try {
      const handle = await open(file, 'wx')
      await handle.writeFile(String(process.pid))
      await handle.close()
      return () => rm(file, { force: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const owner = Number(await readFile(file, 'utf8').catch(() => ''))
    let alive = false
    try {
      if (owner > 0) process.kill(owner, 0)
      alive = owner > 0
    } catch {}
    if (!alive) {
      await rm(file, { force: true })
      continue
    }
    if (Date.now() > deadline) throw new BuildLockedError(`另一个网站构建正在进行（进程 ${owner}），请稍后再试。`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/** Sorts by time; unique per builds folder (milliseconds, pid, and a check). */
export function buildId(): string {
  return `${new Date().toISOString().replace(/[-:.Z]/g, '')}-${process.pid}`
}

/** Writes the named `files` (site-relative path → bytes) under `root`. */
export async function writeFiles(root: string, files: Map<string, Uint8Array>, names: string[]): Promise<void> {
  for (const file of names) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true })
    await writeFile(path.join(root, file), files.get(file) as Uint8Array)
  }
}
