/**
 * Pages first, PDFs after (site/builds/holdBack.ts), on real builds from the test CMS:
 * `npm start`'s build (`--pdfs-later`) goes live with its pages while most PDFs wait, every
 * PDF link on the live site leads to a file and each waiting one is named 正在生成; the
 * site worker then prints them in builds of its own and links them, and `npm run
 * build:site` alone does both steps. Each step is checked over every page of the site.
 */
import { existsSync } from 'node:fs'
import { readFile, realpath } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'
import { type Child, startChild } from '../ops/processes.ts'
import { api, buildSite, login, stack } from './support/cms.ts'
import { filesUnder } from './support/files.ts'

const WAITING = '正在生成，稍后刷新本页即可下载'
const dirs = (name: string) => ({
  DATA_DIR: path.join(stack().workDir, name, 'data'),
  SITE_DIR: path.join(stack().workDir, name, 'dist'),
})

interface SiteState {
  summary: { pdfs: number; waiting: number }
  /** Every page's PDF links, by page. */
  links: Map<string, string[]>
  /** Pages that name a PDF as still being made. */
  noting: string[]
  pdfFiles: string[]
}

async function readSite(site: string): Promise<SiteState> {
  const root = await realpath(site)
  const summary = JSON.parse(await readFile(path.join(root, '_build/build.json'), 'utf8')) as SiteState['summary']
  const links = new Map<string, string[]>()
  const noting: string[] = []
  const files = (await filesUnder(root)).map((file) => path.relative(root, file))
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    const html = await readFile(path.join(root, file), 'utf8')
    links.set(
      file,
      [...html.matchAll(/href="([^"]+\.pdf)"/g)].map((match) => decodeURI(match[1] as string)),
    )
    if (html.includes(WAITING)) noting.push(file)
  }
  return { summary, links, noting, pdfFiles: files.filter((name) => name.endsWith('.pdf')) }
}

/** Every PDF a page links is in the build. */
function expectNoDeadLinks(root: string, state: SiteState): void {
  for (const [page, hrefs] of state.links)
    for (const href of hrefs) expect(existsSync(path.join(root, href)), `${page} → ${href}`).toBe(true)
}

let worker: Child | undefined
afterAll(async () => {
  await worker?.stop()
})

describe('a large build goes live with its pages first', () => {
  const live = dirs('pdfs-later')
  let first: SiteState

  it('a build that leaves every PDF for later links none, and names each on every page that offers it', async () => {
    const site = await buildSite(live, ['--pdfs-later', '--pdfs-first=0'])
    first = await readSite(site)
    expect(first.summary.pdfs).toBe(0)
    expect(first.pdfFiles).toEqual([])
    expect(first.summary.waiting).toBeGreaterThan(24)
    expectNoDeadLinks(site, first)
    expect(first.noting.length).toBeGreaterThan(0)
  })

  it('the site worker prints the rest in builds of its own and links each one', async () => {
    // Ten a build: the demo's PDFs take several, each queued by the one before.
    const env = { ...process.env, ...stack().env, ...live, NODE_ENV: 'production' as const, SITE_PDFS_PER_BUILD: '10' }
    worker = startChild('tsx', ['ops/worker.ts'], env, '上线-pdf')
    await expect.poll(async () => (await readSite(live.SITE_DIR)).summary.waiting, { timeout: 240_000, interval: 1000 }).toBe(0)
    await worker.stop()
    worker = undefined
    const done = await readSite(live.SITE_DIR)
    expect(done.summary.pdfs).toBe(first.summary.pdfs + first.summary.waiting)
    expect(done.pdfFiles).toHaveLength(done.summary.pdfs)
    expect(done.noting).toEqual([])
    expectNoDeadLinks(live.SITE_DIR, done)
    // Every page that offers a PDF had named it as being made: figures, places, 打印与下载 and
    // its lists, regulation articles with a sign, surveys, menus — whichever the content has.
    const offering = [...done.links].filter(([, hrefs]) => hrefs.length > 0).map(([page]) => page)
    expect(offering.length).toBeGreaterThan(10)
    expect(first.noting.sort()).toEqual(offering.sort())
    const token = await login('admin@xinghualing.example')
    const { body } = await api<{ docs: { reason: string; status: string }[] }>('/api/site-builds?limit=200&sort=-startedAt&depth=0', {
      token,
    })
    const following = body.docs.filter((build) => build.reason.includes('继续生成 PDF（还有'))
    expect(following.length, JSON.stringify(body.docs.map((build) => build.reason))).toBeGreaterThanOrEqual(2)
    expect(following.every((build) => build.status === 'live')).toBe(true)
  })

  it('a build that makes some first leaves the rest; npm run build:site then makes them and links them', async () => {
    const alone = dirs('pdfs-both')
    const site = await buildSite(alone, ['--pdfs-later', '--pdfs-first=24'])
    const started = await readSite(site)
    expect(started.summary.pdfs).toBe(24)
    expect(started.pdfFiles).toHaveLength(24)
    expect(started.summary.waiting).toBeGreaterThan(0)
    expect(started.noting.length).toBeGreaterThan(0)
    expectNoDeadLinks(site, started)
    await buildSite(alone)
    const done = await readSite(site)
    expect(done.summary.waiting).toBe(0)
    expect(done.noting).toEqual([])
    expect(done.pdfFiles).toHaveLength(done.summary.pdfs)
    expectNoDeadLinks(site, done)
  })
})
