/**
 * `npm run check:layers`: the layer rules in .ci/layers.cjs, checked by dependency-cruiser
 * over every source file, `.astro` pages included.
 *
 * dependency-cruiser does not read `.astro` files, so the check runs on a scratch copy of
 * the tree in which each `X.astro` is replaced by `X.astro.ts` holding that component's
 * frontmatter (its imports): an import of `./X.astro` resolves to it, and its own imports
 * are followed like any other module's. Names in the report are the real ones.
 */
import { spawnSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const FOLDERS = ['contract', 'cms', 'site', 'ops', 'bench', 'tests']
const SKIP = new Set(['node_modules', '.next', '.astro', 'dist', '.data', 'media'])
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/

/** Copies `from` into `to`, each `.astro` file as its frontmatter in `.astro.ts`. */
async function mirror(from, to) {
  await mkdir(to, { recursive: true })
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isDirectory()) await mirror(source, target)
    else if (entry.name.endsWith('.astro')) {
      const frontmatter = FRONTMATTER.exec(await readFile(source, 'utf8'))?.[1] ?? ''
      await writeFile(`${target}.ts`, frontmatter)
    } else if (entry.isFile()) await cp(source, target)
  }
}

const scratch = await mkdtemp(path.join(os.tmpdir(), 'xhl-layers-'))
try {
  const present = []
  for (const folder of FOLDERS) {
    const stats = await readdir(path.join(root, folder)).catch(() => null)
    if (!stats) continue
    present.push(folder)
    await mirror(path.join(root, folder), path.join(scratch, folder))
  }
  await mkdir(path.join(scratch, '.ci'))
  for (const file of ['tsconfig.json', 'package.json', '.ci/layers.cjs']) await cp(path.join(root, file), path.join(scratch, file))
  await symlink(path.join(root, 'node_modules'), path.join(scratch, 'node_modules'), 'dir')

  const cruiser = path.join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruiser.mjs')
  const result = spawnSync(process.execPath, [cruiser, '--config', '.ci/layers.cjs', '--output-type', 'err-long', ...present], {
    cwd: scratch,
    encoding: 'utf8',
  })
  const real = (text) => text.replaceAll('.astro.ts', '.astro')
  process.stdout.write(real(result.stdout ?? ''))
  process.stderr.write(real(result.stderr ?? ''))
  process.exitCode = result.status ?? 1
} finally {
  await rm(scratch, { recursive: true, force: true })
}
