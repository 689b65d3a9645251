import { createHash } from 'node:crypto'
import { readdir, readFile, realpath } from 'node:fs/promises'
import path from 'node:path'

/** Every file under `root`, by absolute path. */
export async function filesUnder(root: string): Promise<string[]> {
  const found: string[] = []
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) found.push(path.join(entry.parentPath, entry.name))
  }
  return found
}

/**
 * Every file under `dir` (a live-site symlink is followed), by its path relative to `dir`,
 * with its sha256: two trees are the same when these are equal. `skip` leaves files out.
 */
export async function treeDigests(dir: string, skip: (relative: string) => boolean = () => false): Promise<Record<string, string>> {
  const root = await realpath(dir)
  const files: Record<string, string> = {}
  for (const full of await filesUnder(root)) {
    const relative = path.relative(root, full)
    if (skip(relative)) continue
    files[relative] = createHash('sha256')
      .update(await readFile(full))
      .digest('hex')
  }
  return files
}

/** The builder's own records (`_build/`: ids, times, reuse keys), which are never served. */
export const buildRecords = (relative: string) => relative.startsWith('_build')
