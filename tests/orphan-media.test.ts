/**
 * 未使用的图片: an upload nothing uses — no document, no draft, no kept version, no site
 * setting — is listed for administrators once older than the site's setting, and can be
 * cleared; what is used anywhere, even only in an old version, is never listed or removed.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, createFigure, login, stack } from './support/cms.ts'

interface MediaDoc {
  id: number
  filename: string
}

let editor: string
let admin: string
const image: Record<'inDraft' | 'inOldVersion' | 'inSettings' | 'unused' | 'fresh', MediaDoc> = {} as never

async function upload(name: string): Promise<MediaDoc> {
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#7a4' } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify({ alt: `未使用测试图片 ${name}` }))
  const { status, body } = await api<{ doc: MediaDoc }>('/api/media', { method: 'POST', token: editor, form })
  expect(status).toBe(201)
  return body.doc
}

/** Moves uploads `days` into the past, as if uploaded then. */
async function backdate(ids: number[], days: number): Promise<void> {
  const client = new pg.Client({ connectionString: stack().databaseUrl })
  await client.connect()
  try {
    await client.query(`update media set created_at = created_at - make_interval(days => $2) where id = any($1)`, [ids, days])
  } finally {
    await client.end()
  }
}

const orphanIds = async (token: string) => {
  const { status, body } = await api<{ orphans: { id: number }[] }>('/api/media/orphans', { token })
  return { status, ids: (body?.orphans ?? []).map((orphan) => orphan.id) }
}

beforeAll(async () => {
  editor = await login('editor@xinghualing.example')
  admin = await login('admin@xinghualing.example')
  for (const key of Object.keys({ inDraft: 0, inOldVersion: 0, inSettings: 0, unused: 0, fresh: 0 }) as (keyof typeof image)[])
    image[key] = await upload(`orphan-${key}.png`)
  const figure = await createFigure(editor, '未使用图片测试人物', 'draft')
  // The old image stays in the kept version; the draft now shows the other.
  for (const portrait of [image.inOldVersion.id, image.inDraft.id]) {
    const { status } = await api(`/api/figures/${figure.id}?draft=true`, { method: 'PATCH', token: editor, body: { portrait } })
    expect(status).toBe(200)
  }
  const settings = await api('/api/globals/site-settings', {
    method: 'POST',
    token: admin,
    body: { publicServiceAd: { image: image.inSettings.id } },
  })
  expect(settings.status).toBe(200)
  await backdate([image.inDraft.id, image.inOldVersion.id, image.inSettings.id, image.unused.id], 30)
})

afterAll(async () => {
  // The site settings as the other suites know them: no public-service ad.
  await api('/api/globals/site-settings', { method: 'POST', token: admin, body: { publicServiceAd: { image: null } } })
})

describe('未使用的图片', () => {
  it('lists only what nothing uses and is older than the setting', async () => {
    const { status, ids } = await orphanIds(admin)
    expect(status).toBe(200)
    expect(ids).toContain(image.unused.id)
    for (const used of [image.inDraft, image.inOldVersion, image.inSettings, image.fresh]) expect(ids).not.toContain(used.id)
  })

  it('is for administrators only', async () => {
    for (const email of ['editor@xinghualing.example', 'reviewer1@xinghualing.example', 'community@xinghualing.example']) {
      const token = await login(email)
      expect((await orphanIds(token)).status).toBe(403)
      expect((await api('/api/media/orphans/clear', { method: 'POST', token })).status).toBe(403)
    }
    expect((await api('/api/media/orphans/clear', { method: 'POST' })).status).toBe(403)
  })

  it('clears the unused ones and nothing used, files included', async () => {
    const { status, body } = await api<{ removed: number; message: string }>('/api/media/orphans/clear', { method: 'POST', token: admin })
    expect(status).toBe(200)
    expect(body.removed).toBeGreaterThanOrEqual(1)
    expect(body.message).toMatch(/^已清理 \d+ 张未使用的图片/)
    expect((await api(`/api/media/${image.unused.id}`, { token: admin })).status).toBe(404)
    expect(existsSync(path.join(stack().mediaDir, image.unused.filename))).toBe(false)
    for (const kept of [image.inDraft, image.inOldVersion, image.inSettings, image.fresh]) {
      expect((await api(`/api/media/${kept.id}`, { token: admin })).status).toBe(200)
      expect(existsSync(path.join(stack().mediaDir, kept.filename))).toBe(true)
    }
    expect((await orphanIds(admin)).ids).not.toContain(image.unused.id)
  })
})
