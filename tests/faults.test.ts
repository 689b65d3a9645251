/**
 * Faults (issue 7), each made for real: the print browser killed mid-print, and the disk
 * under the build folder filling up. The live site never changes to something broken and
 * nothing half-made is ever served. (The database going away and a worker killed by
 * SIGKILL are in database-faults.test.ts.)
 */
import { execFileSync } from 'node:child_process'
import { mkdir, readdir, readlink, statfs } from 'node:fs/promises'
import path from 'node:path'

import { PDFDocument } from 'pdf-lib'
import { afterAll, describe, expect, it } from 'vitest'

import { startChild } from '../ops/processes.ts'
import { Printer } from '../site/print/index.ts'
import type { PrintSubject } from '../site/print/subjects.tsx'
import { stack } from './support/cms.ts'
import { treeDigests } from './support/files.ts'
import { PRINT_SETTINGS } from './support/fixtures.ts'
import { pageTexts } from './support/pdf.ts'

/** Chromium processes this test process started (Playwright launches the browser as its child). */
function browserPids(): number[] {
  const pids: number[] = []
  for (const entry of execFileSync('ps', ['-eo', 'pid=,ppid=,comm=']).toString().split('\n')) {
    const [pid, ppid, comm] = entry.trim().split(/\s+/)
    if (Number(ppid) === process.pid && /chrom/i.test(comm ?? '')) pids.push(Number(pid))
  }
  return pids
}

const settings = PRINT_SETTINGS

const subject = (name: string): PrintSubject => ({
  kind: 'figure',
  slug: `crash-${name}`,
  url: `https://xhl.example.cn/figures/crash-${name}/`,
  kicker: '身边好人',
  title: '崩溃测试',
  name,
  summary: `${name}的一句话介绍`,
  facts: [],
  storyHtml: `<p>${'居民们自发组织起来，清理楼道杂物，照顾独居老人。'.repeat(20)}</p>`,
  photo: null,
  area: '涧河街道',
  updatedAt: '2026-01-01T00:00:00.000Z',
})

describe('the print browser crashes mid-print', () => {
  const printer = new Printer()
  afterAll(() => printer.close())

  it('prints every piece again on a new browser; none comes back truncated', async () => {
    await printer.subject('poster-a4', subject('预热'), settings)
    const [first] = browserPids()
    expect(first).toBeGreaterThan(0)
    let settled = 0
    const names = Array.from({ length: 8 }, (_, n) => `崩溃测试人物${n + 1}`)
    const jobs = names.map((name) =>
      printer.subject('leaflet-a5', subject(name), settings).finally(() => {
        settled++
      }),
    )
    // Let the presses start, then kill the browser outright, as the kernel's OOM killer would.
    await new Promise((resolve) => setTimeout(resolve, 400))
    const pendingAtCrash = names.length - settled
    process.kill(first as number, 'SIGKILL')
    const results = await Promise.all(jobs)
    expect(pendingAtCrash).toBeGreaterThan(0)
    for (const [n, result] of results.entries()) {
      const bytes = Buffer.from(result.pdf)
      expect(bytes.subarray(-6).toString()).toMatch(/%%EOF\s*$/)
      const doc = await PDFDocument.load(result.pdf)
      expect(doc.getPageCount()).toBe(2)
      expect((await pageTexts(result.pdf)).join('')).toContain(names[n])
    }
    // A new browser did the reprinting, and it keeps printing.
    const [second] = browserPids()
    expect(second).toBeGreaterThan(0)
    expect(second).not.toBe(first)
    expect((await printer.subject('poster-a4', subject('崩溃之后'), settings)).pages).toBe(1)
  })
})

describe('the disk under the build folder is full', () => {
  const base = path.join(stack().workDir, 'disk-full')
  const env = { DATA_DIR: path.join(base, 'data'), SITE_DIR: path.join(base, 'dist') }
  const buildsDir = path.join(env.DATA_DIR, 'site-builds')
  const mount = (options: string) => execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', buildsDir])
  const used = async () => {
    const fs = await statfs(buildsDir)
    return (fs.blocks - fs.bfree) * fs.bsize
  }
  const build = async (args: string[] = []) => {
    let output = ''
    const child = startChild('tsx', ['ops/build-site.ts', ...args], { ...process.env, ...stack().env, ...env }, '构建网站（磁盘满）')
    child.process.stdout?.on('data', (chunk: Buffer) => (output += chunk))
    child.process.stderr?.on('data', (chunk: Buffer) => (output += chunk))
    return { code: await child.exited, output }
  }

  afterAll(() => {
    try {
      execFileSync('umount', [buildsDir])
    } catch {}
  })

  it('fails the build with a clear error, keeps the live site as it was, and leaves no half-made build', async () => {
    await mkdir(buildsDir, { recursive: true })
    // A real file system of its own, so it really fills up (tests run as root, as CI does).
    mount('size=256m')
    const first = await build()
    expect(first.code, first.output).toBe(0)
    const before = await treeDigests(env.SITE_DIR)
    const live = await readlink(env.SITE_DIR)
    // Room for the live build and a quarter of another: a full rebuild runs out of space.
    const afterFirst = await used()
    mount(`remount,size=${Math.ceil((afterFirst * 1.25) / 4096) * 4096}`)

    const second = await build(['--full'])
    expect(second.code).toBe(1)
    expect(second.output).toContain('网站构建失败，线上网站保持不变')
    expect(second.output).toContain('磁盘已满')
    expect(second.output).not.toMatch(/\n\s+at /)
    // The live site: the same build, every file intact.
    expect(await readlink(env.SITE_DIR)).toBe(live)
    expect(await treeDigests(env.SITE_DIR)).toEqual(before)
    // The half-made build is gone, its space given back.
    expect((await readdir(buildsDir)).filter((name) => name.endsWith('.partial'))).toEqual([])
    expect(await used()).toBeLessThanOrEqual(afterFirst + 64 * 1024)

    // With room again, the next build goes live.
    mount('remount,size=256m')
    const third = await build(['--full'])
    expect(third.code, third.output).toBe(0)
    expect(await readlink(env.SITE_DIR)).not.toBe(live)
  })
})
