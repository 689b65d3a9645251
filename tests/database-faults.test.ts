/**
 * Faults around the database and the site worker (issue 7), made for real on a platform
 * of this file's own: an embedded PostgreSQL that the test stops and starts, the
 * production admin server and a site worker on it.
 *
 * - Many editors saving at once on a small pool: every save answered (no pool deadlock).
 * - PostgreSQL stopped during saves: the editor gets a clear Chinese error, the admin
 *   keeps the typed text, and no document is half-written (each one's row and its latest
 *   version agree); the same save goes through once the database is back.
 * - PostgreSQL stopped during a site build: the live site is never broken, the worker
 *   survives, and the update is made once the database returns.
 * - The worker killed with SIGKILL in the middle of a publish: the live site is unchanged,
 *   and the update is still made after a restart.
 * - The admin killed with SIGKILL during a burst of final approvals: each document is
 *   either published with its site update queued (and it reaches the site), or still
 *   waiting for that approval — never published without its update, or half-approved.
 */
import { existsSync } from 'node:fs'
import { chmod, mkdtemp, readFile, readlink, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_EMAIL } from '../cms/seed/constants.ts'
import { paragraphs } from '../cms/seed/richText.ts'
import { findFreePort } from '../contract/ports.ts'
import { adminReady, startAdmin } from '../ops/admin.ts'
import { type Database, startEmbeddedPostgres } from '../ops/database.ts'
import { type Child, run, startChild } from '../ops/processes.ts'
import { launchBrowser } from '../site/print/browser.ts'
import { api, login as loginAs, REVIEWER, stack } from './support/cms.ts'
import { until } from './support/wait.ts'

const DATABASE = 'xhl_faults'
let folder: string
let pgPort: number
let database: Database
let cmsUrl: string
let admin: Child
let adminPort: number
const bringUpAdmin = async () => {
  admin = startAdmin(adminPort, { ...process.env, ...env }, '后台（故障）')
  await adminReady(adminPort, admin)
}
let env: Record<string, string>
let browser: Browser | undefined
const siteDir = () => env.SITE_DIR as string

const stopDatabase = () => database.stop()
const startDatabase = async () => {
  database = await startEmbeddedPostgres(folder, DATABASE, () => undefined, { port: pgPort })
}

async function sql<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: database.url })
  await client.connect()
  try {
    return (await client.query<R>(text, values)).rows
  } finally {
    await client.end()
  }
}

/** The shared helpers, against this file's own admin. */
const request = (pathAndQuery: string, init: { method?: string; token?: string; body?: unknown } = {}) =>
  api<Record<string, unknown> | null>(pathAndQuery, { ...init, base: cmsUrl })
const login = (email: string) => loginAs(email, cmsUrl)

/** A published figure's summary changed and taken through review: what an editor's publish does. */
async function publishSummary(id: number, summary: string): Promise<void> {
  const editor = await login(DEMO_EMAIL)
  const saved = await request(`/api/figures/${id}?draft=true`, { method: 'PATCH', token: editor, body: { summary } })
  expect(saved.status, saved.text).toBe(200)
  for (const [email, action] of [
    [DEMO_EMAIL, 'submit'],
    [REVIEWER(1), 'approve'],
    [REVIEWER(2), 'approve'],
  ] as const) {
    const step = await request(`/api/figures/${id}/workflow`, { method: 'POST', token: await login(email), body: { action } })
    expect(step.status, step.text).toBe(200)
  }
}

function startWorker(): Child & { output: () => string; onLine: (pattern: RegExp) => Promise<void> } {
  const child = startChild('tsx', ['ops/worker.ts'], { ...process.env, ...env, NODE_ENV: 'production' }, '上线（故障）')
  let output = ''
  const waiting: { pattern: RegExp; from: number; resolve: () => void }[] = []
  const take = (chunk: Buffer) => {
    output += chunk
    for (const wait of [...waiting]) {
      if (wait.pattern.test(output.slice(wait.from))) {
        waiting.splice(waiting.indexOf(wait), 1)
        wait.resolve()
      }
    }
  }
  child.process.stdout?.on('data', take)
  child.process.stderr?.on('data', take)
  return {
    ...child,
    output: () => output,
    // Resolves as soon as the worker prints a line matching `pattern` from now on.
    onLine: (pattern: RegExp) => new Promise<void>((resolve) => waiting.push({ pattern, from: output.length, resolve })),
  }
}

/** The live site: the build the link points at, complete (its manifest's every file present). */
async function liveBuild(): Promise<{ dir: string; complete: boolean; text: (file: string) => Promise<string> }> {
  const dir = path.resolve(path.dirname(siteDir()), await readlink(siteDir()))
  const manifest = JSON.parse(await readFile(path.join(dir, '_build/manifest.json'), 'utf8')) as { files: Record<string, unknown> }
  const complete = Object.keys(manifest.files).every((file) => existsSync(path.join(dir, file)))
  return { dir, complete, text: (file) => readFile(path.join(dir, file), 'utf8') }
}

let figure: { id: number; slug: string }

/** Whether the live page of the test's figure shows `text` (false while there is none). */
const liveHas = async (text: string) =>
  (
    await liveBuild()
      .then((live) => live.text(`figures/${figure.slug}/index.html`))
      .catch(() => '')
  ).includes(text)

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'xhl-faults-pg-'))
  // As root the server runs as the `postgres` user, which must reach the folder.
  await chmod(folder, 0o755)
  pgPort = await findFreePort()
  await startDatabase()
  const port = await findFreePort()
  adminPort = port
  cmsUrl = `http://127.0.0.1:${port}`
  const work = path.join(stack().workDir, 'faults')
  env = {
    ...stack().env,
    DATABASE_URL: database.url,
    MEDIA_DIR: path.join(work, 'media'),
    DATA_DIR: path.join(work, 'data'),
    SITE_DIR: path.join(work, 'dist'),
    CMS_URL: cmsUrl,
    PORT: String(port),
    SITE_WORKER_POLL_MS: '100',
    // A small pool, so that many editors saving at once is many times the pool.
    DATABASE_POOL_MAX: '6',
  }
  await run('tsx', ['ops/prepare.ts'], { ...process.env, ...env, NODE_ENV: 'production' }, '准备（故障）')
  await bringUpAdmin()
  const [row] = await sql<{ id: number; slug: string }>("SELECT id, slug FROM figures WHERE _status = 'published' ORDER BY id LIMIT 1")
  figure = row as { id: number; slug: string }
})

afterAll(async () => {
  await browser?.close()
  await admin?.stop()
  await database?.stop()
  await rm(folder, { recursive: true, force: true })
})

describe('many editors saving at once', () => {
  it('answers every save, on a pool a third the size of the crowd, and keeps each editor’s last words', async () => {
    const editor = await login(DEMO_EMAIL)
    const [area] = await sql<{ id: number }>('SELECT id FROM areas ORDER BY id LIMIT 1')
    const ids: number[] = []
    for (let n = 0; n < 20; n++) {
      const created = await request('/api/figures?draft=true', {
        method: 'POST',
        token: editor,
        body: {
          name: `同时保存${n}`,
          honourTitle: '测试',
          honourKind: 'good-neighbour',
          area: area?.id,
          summary: '初稿',
          _status: 'draft',
        },
      })
      expect(created.status, created.text).toBe(201)
      ids.push((created.body as { doc: { id: number } }).doc.id)
    }
    const statuses: number[] = []
    const saves = Promise.all(
      ids.map(async (id, n) => {
        for (let save = 1; save <= 3; save++) {
          const saved = await request(`/api/figures/${id}?draft=true`, {
            method: 'PATCH',
            token: editor,
            body: { summary: `第${n}位编辑的第${save}次保存`, _status: 'draft' },
          })
          statuses.push(saved.status)
        }
      }),
    )
    // Each save holds a connection and needs a second (Payload's lock check): without the
    // write gate, 20 at once on 6 connections wait on each other for good.
    const finished = await Promise.race([saves.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 60_000))])
    expect(finished, `${statuses.length} of 60 saves answered`).toBe(true)
    expect(statuses.filter((status) => status !== 200)).toEqual([])
    for (const [n, id] of ids.entries()) {
      const draft = await request(`/api/figures/${id}?draft=true&depth=0`, { token: editor })
      expect(draft.body?.summary).toBe(`第${n}位编辑的第3次保存`)
    }
  })
})

describe('PostgreSQL stops during saves', () => {
  it('answers a save with a clear error, half-writes nothing, and takes the same save once it is back', async () => {
    const editor = await login(DEMO_EMAIL)
    const docs = await sql<{ id: number }>('SELECT id FROM figures ORDER BY id')
    // A draft save writes a version row and its child rows (relations, review history, old
    // slugs): what every version of a figure had before, each new one must have in full.
    const childTables = await sql<{ table: string; column: string }>(
      `SELECT table_name AS table, column_name AS column FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name LIKE '\\_figures\\_v\\_%' AND column_name IN ('_parent_id', 'parent_id')`,
    )
    expect(childTables.length).toBeGreaterThan(0)
    const children = async (versionId: number) => {
      const counts: Record<string, number> = {}
      for (const { table, column } of childTables) {
        const [row] = await sql<{ n: string }>(`SELECT count(*)::text AS n FROM "${table}" WHERE "${column}" = $1`, [versionId])
        counts[table] = Number(row?.n)
      }
      return counts
    }
    const baseline = new Map<number, Record<string, number>>()
    for (const { id } of docs) {
      const [latest] = await sql<{ id: number }>('SELECT max(id) AS id FROM _figures_v WHERE parent_id = $1', [id])
      baseline.set(id, await children(latest?.id as number))
    }
    const [{ max: lastVersion } = { max: 0 }] = await sql<{ max: number }>('SELECT coalesce(max(id), 0) AS max FROM _figures_v')
    const sent = (n: number) => `停库时保存的简介 ${n}`

    // Saves in flight when the server goes down (a fast shutdown aborts open transactions).
    const saves = docs.map((doc, n) =>
      request(`/api/figures/${doc.id}?draft=true`, { method: 'PATCH', token: editor, body: { summary: sent(n) } }).catch(
        (error: unknown) => ({ status: 0, text: String(error), body: null }),
      ),
    )
    await new Promise((resolve) => setTimeout(resolve, 30))
    await stopDatabase()
    let answers: { status: number }[]
    try {
      answers = await Promise.all(saves)
      const refused = await request(`/api/figures/${figure.id}?draft=true`, {
        method: 'PATCH',
        token: editor,
        body: { summary: '数据库停止后的修改' },
      })
      expect(refused.status, refused.text).toBe(503)
      expect(JSON.stringify(refused.body?.errors)).toContain('数据库暂时无法连接，这次的修改没有保存')
      expect(refused.text).not.toMatch(/\n\s+at |ECONNREFUSED|node_modules/)
      expect(admin.process.exitCode).toBeNull()
    } finally {
      await startDatabase()
    }
    // The same save, again: the admin's connections recover by themselves.
    await expect
      .poll(
        async () =>
          (
            await request(`/api/figures/${figure.id}?draft=true`, {
              method: 'PATCH',
              token: editor,
              body: { summary: '数据库恢复后的修改' },
            })
          ).status,
        { timeout: 30_000, interval: 500 },
      )
      .toBe(200)
    const draft = await request(`/api/figures/${figure.id}?draft=true&depth=0`, { token: editor })
    expect(draft.body?.summary).toBe('数据库恢复后的修改')

    // Each save is wholly stored or not at all: every version written since has all its rows.
    const written = await sql<{ id: number; parent: number; summary: string }>(
      'SELECT id, parent_id AS parent, version_summary AS summary FROM _figures_v WHERE id > $1 ORDER BY id',
      [lastVersion],
    )
    for (const version of written) {
      expect(await children(version.id), `version ${version.id} of figure ${version.parent}`).toEqual(baseline.get(version.parent))
    }
    // A save the server answered with success is there.
    for (const [n, answer] of answers.entries()) {
      if (answer.status !== 200) continue
      expect(
        written.some((version) => version.parent === docs[n]?.id && version.summary === sent(n)),
        `save ${n}`,
      ).toBe(true)
    }
    expect(written.filter((version) => version.summary === '数据库停止后的修改')).toEqual([])
  })

  it('keeps what the editor typed in the admin when the save fails, and saves it when the database is back', async () => {
    browser = await launchBrowser()
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage()
    await page.goto(`${cmsUrl}/admin/login`)
    await page.fill('#field-email', DEMO_EMAIL)
    await page.fill('#field-password', stack().demoPassword)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin\/?$/)
    await page.goto(`${cmsUrl}/admin/collections/figures/${figure.id}`)
    const typed = '这段话是在数据库停止时写的，不能丢。'
    await page.fill('#field-summary', typed)
    await stopDatabase()
    try {
      await page.locator('#action-save-draft').click()
      await expect
        .poll(() => page.locator('.toast-error, [data-sonner-toast][data-type="error"]').first().textContent())
        .toContain('数据库暂时无法连接')
      expect(await page.inputValue('#field-summary')).toBe(typed)
      expect(page.url()).toContain(`/figures/${figure.id}`)
    } finally {
      await startDatabase()
    }
    await expect
      .poll(
        async () => {
          const saved = page.waitForResponse(
            (response) => /\/api\/figures\/\d+/.test(response.url()) && response.request().method() !== 'GET',
          )
          await page.locator('#action-save-draft').click()
          return (await saved).status()
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe(200)
    const draft = await request(`/api/figures/${figure.id}?draft=true&depth=0`, { token: await login(DEMO_EMAIL) })
    expect(draft.body?.summary).toBe(typed)
  })
})

describe('the site worker', () => {
  let worker: ReturnType<typeof startWorker>

  beforeAll(async () => {
    worker = startWorker()
    await until(() => existsSync(path.join(siteDir(), 'index.html')), 'the fault worker’s first build', 120_000)
  })

  afterAll(() => worker?.stop())

  it('survives PostgreSQL stopping during a build, never breaks the live site, and makes the update when it returns', async () => {
    const before = await liveBuild()
    const building = worker.onLine(/网站构建 \d/)
    await publishSummary(figure.id, '停库构建时发布的简介')
    await building
    await stopDatabase()
    try {
      // While it is down: whatever the link points at is a whole build.
      for (let i = 0; i < 10; i++) {
        expect((await liveBuild()).complete).toBe(true)
        await new Promise((resolve) => setTimeout(resolve, 300))
      }
      expect(worker.process.exitCode).toBeNull()
    } finally {
      await startDatabase()
    }
    await until(() => liveHas('停库构建时发布的简介'), 'the update after the database returned', 90_000)
    expect((await liveBuild()).dir).not.toBe(before.dir)
    expect(worker.process.exitCode).toBeNull()
    // Nothing is left claimed by a build that no longer runs.
    await until(
      async () => (await sql("SELECT 1 FROM payload_jobs WHERE queue = 'site-build' AND processing AND completed_at IS NULL")).length === 0,
      'no stuck site-build job',
      30_000,
    )
  })

  it('still makes an update whose build was killed with SIGKILL, after a restart', async () => {
    const before = await liveBuild()
    const building = worker.onLine(/网站构建 \d/)
    await publishSummary(figure.id, '构建进程被强行结束时发布的简介')
    await building
    process.kill(-(worker.process.pid as number), 'SIGKILL')
    await worker.exited
    // The live site is the one before, whole.
    const after = await liveBuild()
    expect(after.dir).toBe(before.dir)
    expect(after.complete).toBe(true)
    expect(await after.text(`figures/${figure.slug}/index.html`)).not.toContain('构建进程被强行结束时发布的简介')

    worker = startWorker()
    await until(() => liveHas('构建进程被强行结束时发布的简介'), 'the update after the restart', 90_000)
    expect(worker.output()).toContain('上次中断的网站更新已重新排队')
    const [record] = await sql<{ error: string }>("SELECT error FROM site_builds WHERE status = 'failed' ORDER BY id DESC LIMIT 1")
    expect(record?.error).toContain('构建进程中断')
  })

  it('after the admin is killed with SIGKILL during a burst of approvals, every document is published and live, or still awaiting approval', async () => {
    const editor = await login(DEMO_EMAIL)
    const [area] = await sql<{ id: number }>('SELECT id FROM areas ORDER BY id LIMIT 1')
    const docs: { id: number; slug: string; summary: string }[] = []
    for (let n = 0; n < 6; n++) {
      const summary = `强行结束后台时审核的人物 ${n}`
      const created = await request('/api/figures?draft=true', {
        method: 'POST',
        token: editor,
        body: {
          name: `审核中断测试${n}`,
          honourTitle: '测试',
          honourKind: 'good-neighbour',
          area: area?.id,
          summary,
          story: paragraphs([`${summary}的事迹。`]),
          _status: 'draft',
        },
      })
      expect(created.status, created.text).toBe(201)
      const doc = (created.body as { doc: { id: number; slug: string } }).doc
      for (const [email, action] of [
        [DEMO_EMAIL, 'submit'],
        [REVIEWER(1), 'approve'],
      ] as const) {
        const step = await request(`/api/figures/${doc.id}/workflow`, { method: 'POST', token: await login(email), body: { action } })
        expect(step.status, step.text).toBe(200)
      }
      docs.push({ ...doc, summary })
    }
    const finalReviewer = await login(REVIEWER(2))
    const approvals = docs.map((doc) =>
      request(`/api/figures/${doc.id}/workflow`, { method: 'POST', token: finalReviewer, body: { action: 'approve' } }).catch(() => null),
    )
    // Killed the moment the first approval is answered: the others are in flight.
    await Promise.race(approvals)
    process.kill(-(admin.process.pid as number), 'SIGKILL')
    await admin.exited
    await Promise.all(approvals)
    await bringUpAdmin()

    const states: { id: number; status: string; review: string }[] = []
    for (const doc of docs) {
      const { body } = await request(`/api/figures/${doc.id}?draft=true&depth=0`, { token: editor })
      states.push({ id: doc.id, status: String(body?._status), review: String((body?.review as { state?: string })?.state) })
    }
    for (const state of states) {
      // Published with the review finished, or not published and still awaiting 复审.
      expect([`published/published`, `draft/pending-2`], `figure ${state.id}`).toContain(`${state.status}/${state.review}`)
    }
    const published = states.filter((row) => row.status === 'published').length
    console.log(`后台被强行结束时：${published} 个已发布，${states.length - published} 个仍待复审`)
    expect(published).toBeGreaterThan(0)
    // What was not approved is approved again; then every one reaches the live site.
    for (const state of states.filter((row) => row.status !== 'published')) {
      const again = await request(`/api/figures/${state.id}/workflow`, {
        method: 'POST',
        token: await login(REVIEWER(2)),
        body: { action: 'approve' },
      })
      expect(again.status, again.text).toBe(200)
    }
    for (const doc of docs) {
      await until(
        async () =>
          (
            await liveBuild()
              .then((live) => live.text(`figures/${doc.slug}/index.html`))
              .catch(() => '')
          ).includes(doc.summary),
        `figure ${doc.id} on the live site`,
        90_000,
      )
    }
  })
})
