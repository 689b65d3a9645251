import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'

import { rootDir } from '../../contract/paths.ts'

// Build outputs and files the builds themselves rewrite (next-env.d.ts) do not count.
const SKIP = new Set(['.next', 'node_modules', '.astro', 'public', 'next-env.d.ts'])

async function files(entry: string): Promise<string[]> {
  const info = await stat(entry).catch(() => null)
  if (!info) return []
  if (info.isFile()) return [entry]
  const names = (await readdir(entry)).filter((name) => !SKIP.has(name)).sort()
  return (await Promise.all(names.map((name) => files(path.join(entry, name))))).flat()
}

/** A digest of the contents of files and folders (relative to the project), plus extra strings. */
export async function hashSources(entries: string[], extra: string[] = []): Promise<string> {
  const hash = createHash('sha256')
  for (const entry of entries) {
    for (const file of await files(path.join(rootDir, entry))) {
      hash.update(path.relative(rootDir, file))
      hash.update(await readFile(file))
    }
  }
  for (const value of extra) hash.update(value)
  return hash.digest('hex').slice(0, 16)
}
