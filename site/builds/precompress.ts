/**
 * Precompressed copies of a build's text files: `x.br` and `x.gz` beside `x`, made once at
 * build time, so that a web server sends them as they are (nginx `gzip_static` and
 * `brotli_static`, Caddy's `precompressed br gzip`, the demo's Node server) instead of
 * compressing every answer. A file whose key is unchanged is hard-linked from the live
 * build together with its copies; only files written in this build are compressed.
 */
import { link, readFile, rm, stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

import { BUILD_META, inParallel, replaceFile } from './folders.ts'

const brotli = promisify(brotliCompress)
const gzipped = promisify(gzip)

/**
 * Brotli's quality, measured on the demo build's text (1.8 MB of pages; one core, under
 * load): 7 makes pages 25.9 % of their size at 18 MB/s, where gzip -9 makes 28.9 % at
 * 28 MB/s; 10 and 11 save another 9–11 % but run at 1.2 and 0.5 MB/s, which at 10,000
 * documents (about 260 MB of pages) would be minutes of a full build and a good part of a
 * publish's second. Astro's hashed bundles change only with the code, are few, and are
 * kept by every reader for a year: they get 11.
 */
const BROTLI_PAGES = 7
const BROTLI_BUNDLES = 11
const brotliQuality = (file: string) => (file.startsWith('_astro/') ? BROTLI_BUNDLES : BROTLI_PAGES)
/** Below this, a compressed copy saves less than a packet: servers send the file itself. */
export const MIN_BYTES = 1024
/** What a build's copies were made with: a live build made otherwise has none reused. */
export const PRECOMPRESSION = `br${BROTLI_PAGES}/${BROTLI_BUNDLES}-gz9-min${MIN_BYTES}`

/** Text the site serves. Images, PDFs, fonts and Pagefind's index files (`.pf_*`, its wasm) are compressed already. */
const TEXT = /\.(html|css|js|mjs|json|xml|svg|txt|ics|webmanifest|map)$/i

export const ENCODINGS = [
  { suffix: '.br', encoding: 'br' },
  { suffix: '.gz', encoding: 'gzip' },
] as const

/** Whether `file` (site-relative) gets precompressed copies. The builder's own records are never served. */
export const compressible = (file: string): boolean => TEXT.test(file) && !file.startsWith(`${BUILD_META}/`)

/** The copies `file` may have, site-relative. */
export const companionsOf = (file: string): string[] => (compressible(file) ? ENCODINGS.map(({ suffix }) => `${file}${suffix}`) : [])

export interface PrecompressReport {
  /** Files compressed (the others were too small, or not text). */
  files: number
  bytes: number
  br: number
  gz: number
  /** From the first file queued to the last one done. */
  ms: number
  /** The time files spent being compressed, added up (about the CPU time it took). */
  busyMs: number
}

async function compressOne(dir: string, file: string, report: PrecompressReport): Promise<void> {
  const full = path.join(dir, file)
  const copies = companionsOf(file).map((companion) => path.join(dir, companion))
  const size = (await stat(full)).size
  if (size < MIN_BYTES) {
    await Promise.all(copies.map((copy) => rm(copy, { force: true })))
    return
  }
  const began = performance.now()
  const body = await readFile(full)
  // One after the other: a file holds one of zlib's threads, and the build's file writes keep the others.
  const br = await brotli(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file),
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  })
  const gz = await gzipped(body, { level: constants.Z_BEST_COMPRESSION })
  // A copy no smaller than the file would only cost the reader a decompression.
  for (const [copy, bytes] of [
    [copies[0], br],
    [copies[1], gz],
  ] as const) {
    if (bytes.length < body.length) await replaceFile(copy as string, bytes)
    else await rm(copy as string, { force: true })
  }
  report.files++
  report.bytes += body.length
  report.br += br.length
  report.gz += gz.length
  report.busyMs += performance.now() - began
}

export interface Precompressor {
  /** Queues a file (site-relative) written to the folder; files that are not text are let be. */
  add(file: string): void
  /** Waits for every queued file; rejects with the first failure. */
  done(): Promise<PrecompressReport>
}

/**
 * Writes (or replaces) the copies of files as they are queued, beside the rendering: a
 * file too small for them has any old ones removed (a spare copy of the live build may
 * hold them). One file per core is compressed at a time in zlib's thread pool, so the
 * build's main thread renders on meanwhile and memory stays at a few files' worth
 * whatever the build's size.
 */
export function precompressor(dir: string): Precompressor {
  const started = performance.now()
  const report: PrecompressReport = { files: 0, bytes: 0, br: 0, gz: 0, ms: 0, busyMs: 0 }
  const queue: string[] = []
  const queued = new Set<string>()
  const lanes = new Set<Promise<void>>()
  let failure: unknown = null
  const lane = async () => {
    for (let file = queue.shift(); file !== undefined && failure === null; file = queue.shift()) {
      await compressOne(dir, file, report).catch((error: unknown) => {
        failure ??= error
      })
    }
  }
  const start = () => {
    const running: Promise<void> = lane().finally(() => lanes.delete(running))
    lanes.add(running)
  }
  return {
    add(file) {
      if (!compressible(file) || queued.has(file)) return
      queued.add(file)
      queue.push(file)
      if (lanes.size < availableParallelism()) start()
    },
    async done() {
      // A file queued while the last lane was finishing waits here for one.
      while (lanes.size > 0 || (queue.length > 0 && failure === null)) {
        if (lanes.size === 0) start()
        await Promise.all(lanes)
      }
      if (failure !== null) throw failure
      report.ms = Math.round(performance.now() - started)
      report.busyMs = Math.round(report.busyMs)
      return report
    },
  }
}

/** Writes (or replaces) the copies of `files` under `dir` (see precompressor). */
export async function precompress(dir: string, files: string[]): Promise<PrecompressReport> {
  const compressor = precompressor(dir)
  for (const file of files) compressor.add(file)
  return compressor.done()
}

/**
 * Hard-links the copies of `files` from `from` into `to` beside the files themselves.
 * Returns the compressible files that had no copy there to link (too small, or made before
 * precompression): the build compresses those it needs to.
 */
export async function linkCompanions(from: string, to: string, files: string[]): Promise<string[]> {
  const missing = new Set<string>()
  await inParallel(files.filter(compressible), 32, async (file) => {
    for (const companion of companionsOf(file)) {
      await link(path.join(from, companion), path.join(to, companion)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error
        missing.add(file)
      })
    }
  })
  return [...missing]
}
