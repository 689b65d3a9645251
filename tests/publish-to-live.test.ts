import { existsSync } from 'node:fs'
import { readFile, readlink } from 'node:fs/promises'
import type http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { paragraphs } from '../cms/seed/richText.ts'
import { type Child, run, startChild } from '../ops/processes.ts'
import { createStaticServer } from '../ops/serve.ts'
import { launchBrowser } from '../site/print/browser.ts'
import { api, createFigure, login, loginAsEditor, publishThroughReview, removeDocument, setStatus, stack } from './support/cms.ts'
import { buildRecords, treeDigests } from './support/files.ts'
import { searchCompacted, searchHits } from './support/search.ts'
import { until } from './support/wait.ts'

const ADMIN = 'admin@xinghualing.example'

function sites(name: string) {
  const base = path.join(stack().workDir, name)
  return { DATA_DIR: path.join(base, 'data'), SITE_DIR: path.join(base, 'dist') }
}

function startWorker(name: string, label = `上线-${name}`): Child {
  // The search base is compacted after 1.5 s of quiet here (30 s by default).
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...stack().env,
    ...sites(name),
    NODE_ENV: 'production',
    SITE_SEARCH_COMPACT_IDLE_MS: '1500',
  }
  return startChild('tsx', ['ops/worker.ts'], env, label)
}

const live = sites('live')
const file = (relative: string) => path.join(live.SITE_DIR, relative)
const text = (relative: string) => readFile(file(relative), 'utf8').catch(() => '')

interface SiteBuild {
  id: number
  status: string
  reason: string
  startedAt: string
  finishedAt?: string | null
  rendered?: number | null
  reused?: number | null
  changed?: string[] | null
}

async function builds(): Promise<SiteBuild[]> {
  const token = await login(ADMIN)
  const { body } = await api<{ docs: SiteBuild[] }>('/api/site-builds?sort=startedAt&limit=1000&depth=0', { token })
  return body.docs
}

/** How many workers have finished a build. */
const workersThatBuilt = async () =>
  new Set((await builds()).filter((build) => build.finishedAt).map((build) => (build as SiteBuild & { worker: string }).worker)).size

/** Waits until no build is running and none is waiting. */
async function settled(): Promise<void> {
  const token = await login(ADMIN)
  await expect
    .poll(
      async () => {
        const { body } = await api<{ waiting: number; running: number }>('/api/site-builds/queue', { token })
        const running = (await builds()).filter((build) => build.status === 'running')
        return body.waiting + body.running + running.length
      },
      { timeout: 90_000, interval: 300 },
    )
    .toBe(0)
}

let site: http.Server
let browser: Browser
let siteUrl: string

/** Titles the site's search page lists for a query, in a real Chromium. */
async function search(query: string): Promise<string[]> {
  const page = await browser.newPage()
  try {
    return (await searchHits(page, siteUrl, query)).map((hit) => hit.title)
  } finally {
    await page.close()
  }
}

let worker: Child
let editor: string

beforeAll(async () => {
  editor = await loginAsEditor()
  worker = startWorker('live')
  // The worker builds on start: everything published so far goes live.
  await until(() => existsSync(file('figures/hao-jing-quan/index.html')), 'the first build of the worker', 120_000)
  site = createStaticServer(live.SITE_DIR)
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await new Promise<void>((resolve) => (site ? site.close(() => resolve()) : resolve()))
  await worker?.stop()
})

describe('publish to live', () => {
  let slug: string
  let id: number

  it('puts a figure on the site, with its leaflet and sitemap line, once review publishes it', async () => {
    const figure = await createFigure(editor, '上线测试人', 'published')
    slug = figure.slug as string
    id = figure.id
    await expect.poll(() => text(`figures/${slug}/index.html`), { timeout: 60_000, interval: 250 }).toContain('<h1>上线测试人</h1>')
    expect(existsSync(file(`print/figures/${slug}/leaflet-a5.pdf`))).toBe(true)
    expect(await text('figures/index.html')).toContain('上线测试人')
    expect(await text('sitemap.xml')).toContain(`https://xhl.example.cn/figures/${slug}/`)
    // The same build put it in the search index.
    expect(await search('上线测试人')).toContain('测试称号 上线测试人')
  })

  it('tells the editor on the document that it is live, and keeps that from the public', async () => {
    await expect
      .poll(
        async () => (await api<{ state: string }>(`/api/site-builds/status?collection=figures&id=${id}`, { token: editor })).body.state,
        {
          timeout: 30_000,
          interval: 250,
        },
      )
      .toBe('live')
    const { body } = await api<{ label: string; at: string }>(`/api/site-builds/status?collection=figures&id=${id}`, { token: editor })
    expect(body.label).toBe('已上线')
    expect(Date.parse(body.at)).not.toBeNaN()
    expect((await api(`/api/site-builds/status?collection=figures&id=${id}`)).status).toBe(403)
    // The build log is staff-only: anonymous readers get nothing, not an empty list that looks public.
    const log = await api<{ docs?: unknown[] }>('/api/site-builds')
    expect(log.status).toBe(403)
    expect(log.body.docs).toBeUndefined()
    expect((await api('/api/site-builds/queue')).status).toBe(403)
  })

  it('re-renders only what an edit affects: the page and its leaflet, not the lists', async () => {
    await api(`/api/figures/${id}?draft=true`, {
      method: 'PATCH',
      token: editor,
      body: { story: paragraphs(['改过的事迹正文，只影响详情页和宣传单。']), _status: 'draft' },
    })
    await publishThroughReview('figures', id)
    await expect.poll(() => text(`figures/${slug}/index.html`), { timeout: 60_000, interval: 250 }).toContain('改过的事迹正文')
    const last = (await builds()).filter((build) => build.changed?.includes(`figures/${slug}/index.html`)).at(-1)
    expect(last?.changed).toContain(`print/figures/${slug}/leaflet-a5.pdf`)
    expect(last?.changed).not.toContain('figures/index.html')
    expect(last?.changed).not.toContain('figures/hao-jing-quan/index.html')
    expect(last?.reused).toBeGreaterThan(10)
  })

  it('takes down the page, its leaflet and its sitemap line when unpublished', async () => {
    await setStatus(id, 'draft')
    await expect.poll(() => existsSync(file(`figures/${slug}/index.html`)), { timeout: 60_000, interval: 250 }).toBe(false)
    expect(existsSync(file(`print/figures/${slug}/leaflet-a5.pdf`))).toBe(false)
    expect(await text('sitemap.xml')).not.toContain(`/figures/${slug}/`)
    expect(await text('figures/index.html')).not.toContain('上线测试人')
    expect(await search('上线测试人')).not.toContain('测试称号 上线测试人')
    expect(await search('郝景全')).toContain('最美疏导员 郝景全')
    await expect
      .poll(
        async () => (await api<{ state: string }>(`/api/site-builds/status?collection=figures&id=${id}`, { token: editor })).body.state,
        {
          timeout: 30_000,
        },
      )
      .toBe('down')
  })

  it('puts scheduled publishing and unpublishing on the site when they happen, with nobody watching', async () => {
    const figure = await createFigure(editor, '定时上线人', 'draft')
    const publishAt = new Date(Date.now() + 3_000).toISOString()
    const unpublishAt = new Date(Date.now() + 20_000).toISOString()
    await api(`/api/figures/${figure.id}?draft=true`, {
      method: 'PATCH',
      token: editor,
      body: { review: { publishAt, unpublishAt }, _status: 'draft' },
    })
    await publishThroughReview('figures', figure.id)
    expect(existsSync(file(`figures/${figure.slug}/index.html`))).toBe(false)
    await expect.poll(() => existsSync(file(`figures/${figure.slug}/index.html`)), { timeout: 60_000, interval: 250 }).toBe(true)
    await expect.poll(() => existsSync(file(`figures/${figure.slug}/index.html`)), { timeout: 60_000, interval: 250 }).toBe(false)
    expect(await text('figures/index.html')).not.toContain('定时上线人')
  })

  it('updates every page when site settings change', async () => {
    const admin = await login(ADMIN)
    try {
      await api('/api/globals/site-settings', { method: 'POST', token: admin, body: { contact: { phone: '0351-1234567' } } })
      await expect.poll(() => text('figures/hao-jing-quan/index.html'), { timeout: 60_000, interval: 250 }).toContain('0351-1234567')
      expect(await text('articles/index.html')).toContain('0351-1234567')
    } finally {
      await api('/api/globals/site-settings', { method: 'POST', token: admin, body: { contact: { phone: null } } })
    }
    await expect.poll(() => text('index.html'), { timeout: 60_000, interval: 250 }).not.toContain('0351-1234567')
  })

  it('coalesces a burst of changes into one or two builds', async () => {
    await settled()
    const before = (await builds()).length
    const admin = await login(ADMIN)
    // Ten saves in quick succession, each of which queues a site update.
    await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        api('/api/globals/site-settings', { method: 'POST', token: admin, body: { contact: { email: `burst${index}@example.cn` } } }),
      ),
    )
    await api('/api/globals/site-settings', { method: 'POST', token: admin, body: { contact: { email: null } } })
    await settled()
    // Builds that only took in a compacted search index (see search/index.ts) are not the burst's.
    const made = (await builds()).slice(before).filter((build) => !/^整理搜索索引[^；]*$/.test(build.reason)).length
    expect(made).toBeGreaterThanOrEqual(1)
    expect(made).toBeLessThanOrEqual(3)
    expect(await text('index.html')).not.toContain('burst')
  })

  it('never runs two builds at once, even with two workers on one database and one site', async () => {
    // A second CMS process with its own worker, behind the same public site.
    const second = startWorker('live', '上线-second')
    let output = ''
    second.process.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    try {
      await expect.poll(() => output, { timeout: 120_000, interval: 250 }).toContain('网站更新服务已启动')
      const admin = await login(ADMIN)
      // Which worker takes a job is a race: keep publishing (at least four rounds, for up to
      // three minutes on a slow machine) until both have built, so the check below is never
      // made on one worker alone. Every other round waits for the queue to empty, so the next
      // job is free for whichever worker polls first.
      const deadline = Date.now() + 180_000
      for (let round = 0; Date.now() < deadline; round++) {
        await api('/api/globals/site-settings', { method: 'POST', token: admin, body: { contact: { address: `并发测试 ${round}` } } })
        if (round % 2 === 1) await settled()
        else await new Promise((resolve) => setTimeout(resolve, 400))
        if (round >= 3 && (await workersThatBuilt()) >= 2) break
      }
      await api('/api/globals/site-settings', { method: 'POST', token: admin, body: { contact: { address: null } } })
      await settled()
    } finally {
      await second.stop()
    }
    const all = (await builds()).filter((build) => build.finishedAt)
    expect(await workersThatBuilt()).toBeGreaterThanOrEqual(2)
    for (let index = 1; index < all.length; index++) {
      const previous = all[index - 1] as SiteBuild
      expect(Date.parse((all[index] as SiteBuild).startedAt)).toBeGreaterThanOrEqual(Date.parse(previous.finishedAt as string))
    }
  }, 480_000)

  it('takes a document taken down and deleted off the site: page, leaflet, sitemap line and search entry', async () => {
    const figure = await createFigure(editor, '删除测试人', 'published')
    await expect.poll(() => text(`figures/${figure.slug}/index.html`), { timeout: 60_000, interval: 250 }).toContain('删除测试人')
    expect(await search('删除测试人')).toContain('测试称号 删除测试人')
    const deleted = await removeDocument('figures', figure.id)
    expect(deleted.status).toBe(200)
    await expect.poll(() => existsSync(file(`figures/${figure.slug}/index.html`)), { timeout: 60_000, interval: 250 }).toBe(false)
    expect(existsSync(file(`print/figures/${figure.slug}/leaflet-a5.pdf`))).toBe(false)
    expect(await text('sitemap.xml')).not.toContain(`/figures/${figure.slug}/`)
    expect(await text('figures/index.html')).not.toContain('删除测试人')
    expect(await search('删除测试人')).not.toContain('测试称号 删除测试人')
  })

  it('gives the same files as a full build after that whole sequence, search index included', async () => {
    await settled()
    // The search delta is folded into a new base once the site is quiet; then every byte matches.
    await expect.poll(() => searchCompacted(live.SITE_DIR), { timeout: 60_000, interval: 250 }).toBe(true)
    await settled()
    const full = sites('full')
    await run('tsx', ['ops/build-site.ts', '--full'], { ...process.env, ...stack().env, ...full }, '完整构建')
    const incremental = await treeDigests(live.SITE_DIR, buildRecords)
    const rebuilt = await treeDigests(full.SITE_DIR, buildRecords)
    expect(Object.keys(incremental).sort()).toEqual(Object.keys(rebuilt).sort())
    expect(Object.keys(incremental).filter((name) => name.startsWith('pagefind/')).length).toBeGreaterThan(5)
    expect(incremental).toEqual(rebuilt)
    // The search index serves the same hits after compaction.
    expect(await search('郝景全')).toContain('最美疏导员 郝景全')
  })
})

describe('a build killed halfway', () => {
  it('leaves the live site exactly as it was, and the next build goes through', async () => {
    const dirs = sites('killed')
    const env = { ...process.env, ...stack().env, ...dirs }
    await run('tsx', ['ops/build-site.ts'], env, '构建网站')
    const before = await readlink(dirs.SITE_DIR)
    const files = await treeDigests(dirs.SITE_DIR, buildRecords)
    const child = startChild('tsx', ['ops/build-site.ts', '--full'], env, '被中断的构建')
    let output = ''
    child.process.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    await expect.poll(() => output, { timeout: 60_000, interval: 50 }).toContain('需生成')
    process.kill(-(child.process.pid as number), 'SIGKILL')
    await child.exited
    expect(await readlink(dirs.SITE_DIR)).toBe(before)
    expect(await treeDigests(dirs.SITE_DIR, buildRecords)).toEqual(files)
    // The killed build's lock and half-written folder do not get in the way.
    await run('tsx', ['ops/build-site.ts', '--full'], env, '构建网站')
    expect(await readlink(dirs.SITE_DIR)).not.toBe(before)
    expect(await treeDigests(dirs.SITE_DIR, buildRecords)).toEqual(files)
  })
})

describe('npm run site:rollback', () => {
  it('puts the previous build back live', async () => {
    const dirs = sites('killed')
    const env = { ...process.env, ...stack().env, ...dirs }
    const current = await readlink(dirs.SITE_DIR)
    await run('tsx', ['ops/rollback.ts'], env, '回滚')
    const rolledBack = await readlink(dirs.SITE_DIR)
    expect(rolledBack).not.toBe(current)
    expect(path.basename(rolledBack) < path.basename(current)).toBe(true)
    expect(existsSync(path.join(dirs.SITE_DIR, 'figures/hao-jing-quan/index.html'))).toBe(true)
  })
})
