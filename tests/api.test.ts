/** What anonymous readers of the public API can and cannot see, and what the CMS refuses. */
import { readdir } from 'node:fs/promises'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Figure } from '../contract/payload-types.ts'
import { api, createFigure, graphql, loginAsEditor, setStatus, stack } from './support/cms.ts'

interface List {
  docs: Figure[]
  totalDocs: number
}

let token: string
let draft: Figure
let unpublished: Figure
let published: Figure

beforeAll(async () => {
  token = await loginAsEditor()
  draft = await createFigure(token, '草稿甲', 'draft')
  unpublished = await createFigure(token, '撤回乙', 'published')
  await setStatus(unpublished.id, 'draft')
  published = await createFigure(token, '发布丙', 'published')
})

describe('anonymous REST and GraphQL readers', () => {
  it('list only published figures, including the seeded ones', async () => {
    const { status, body } = await api<List>('/api/figures?limit=100&depth=1')
    expect(status).toBe(200)
    const names = body.docs.map((doc) => doc.name)
    expect(names).toEqual(expect.arrayContaining(['郝景全', '王改红', '发布丙']))
    expect(names).not.toContain('草稿甲')
    expect(names).not.toContain('撤回乙')
  })

  it('cannot open a draft or unpublished figure by id, by slug, or with draft=true', async () => {
    for (const doc of [draft, unpublished]) {
      expect((await api(`/api/figures/${doc.id}`)).status).toBe(404)
      expect((await api(`/api/figures/${doc.id}?draft=true`)).status).toBe(404)
      const bySlug = await api<List>(`/api/figures?where[slug][equals]=${doc.slug}&draft=true`)
      expect(bySlug.body.docs).toHaveLength(0)
    }
  })

  it('cannot read versions', async () => {
    const { status, body } = await api<{ docs?: unknown[] }>('/api/figures/versions')
    expect(status === 403 || (status === 200 && body.docs?.length === 0)).toBe(true)
  })

  it('see the same through GraphQL', async () => {
    const result = await graphql<{ data: { Figures: { docs: { name: string }[] } } }>('{ Figures(limit: 100) { docs { name } } }')
    const names = result.data.Figures.docs.map((doc) => doc.name)
    expect(names).toContain('发布丙')
    expect(names).not.toContain('草稿甲')
    expect(names).not.toContain('撤回乙')
    const byId = await graphql<{ data: { Figure: unknown } | null }>(`{ Figure(id: ${draft.id}) { name } }`)
    expect(byId.data?.Figure ?? null).toBeNull()
  })

  it('while the signed-in editor sees the drafts', async () => {
    const { body } = await api<List>('/api/figures?limit=100&draft=true', { token })
    expect(body.docs.map((doc) => doc.name)).toEqual(expect.arrayContaining(['草稿甲', '撤回乙', '发布丙']))
  })
})

describe('slugs', () => {
  it('are pinyin from the name, unique, and stable when the name changes', async () => {
    expect(published.slug).toBe('fa-bu-bing')
    const twin = await createFigure(token, '发布丙', 'draft')
    expect(twin.slug).toBe('fa-bu-bing-2')
    await api(`/api/figures/${published.id}?draft=true`, { method: 'PATCH', token, body: { name: '发布丙改名' } })
    const { body } = await api<Figure>(`/api/figures/${published.id}?draft=true`, { token })
    expect(body.name).toBe('发布丙改名')
    expect(body.slug).toBe('fa-bu-bing')
  })
})

describe('publish time', () => {
  it('is set when a figure is first published and kept through later edits and republishing', async () => {
    expect(draft.publishedAt ?? null).toBeNull()
    expect(published.publishedAt).toBeTruthy()
    await setStatus(published.id, 'draft')
    await setStatus(published.id, 'published')
    const { body } = await api<Figure>(`/api/figures/${published.id}`)
    expect(body.publishedAt).toBe(published.publishedAt)
  })
})

describe('bad input', () => {
  it('a figure without required fields is refused with Chinese field errors and not saved', async () => {
    const before = (await api<List>('/api/figures?limit=0&draft=true', { token })).body.totalDocs
    const { status, body } = await api<{ errors: { data?: { errors: { path: string; message: string }[] } }[] }>(
      '/api/figures?draft=true',
      {
        method: 'POST',
        token,
        body: { name: '缺字段', _status: 'draft' },
      },
    )
    expect(status).toBe(400)
    const fieldErrors = body.errors[0]?.data?.errors ?? []
    expect(fieldErrors.map((e) => e.path)).toEqual(expect.arrayContaining(['honourTitle', 'summary', 'area']))
    expect(fieldErrors.every((e) => /[\u4e00-\u9fff]/.test(e.message))).toBe(true)
    const after = (await api<List>('/api/figures?limit=0&draft=true', { token })).body.totalDocs
    expect(after).toBe(before)
  })

  it('an upload that is not an image is refused with a clear message and nothing reaches the media folder', async () => {
    const before = await readdir(stack().mediaDir)
    const form = new FormData()
    form.append('file', new Blob(['#!/bin/sh\necho not an image\n'], { type: 'image/png' }), 'portrait.png')
    form.append('_payload', JSON.stringify({ alt: '伪装成图片的脚本' }))
    const { status, body } = await api<{ errors: { message: string }[] }>('/api/media', { method: 'POST', token, form })
    expect(status).toBe(400)
    expect(body.errors[0]?.message).toContain('不是可用的图片文件')
    expect(await readdir(stack().mediaDir)).toEqual(before)
  })

  it('an image without alt text is refused', async () => {
    const sharp = (await import('sharp')).default
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#c00' } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'red.png')
    form.append('_payload', JSON.stringify({}))
    const { status } = await api('/api/media', { method: 'POST', token, form })
    expect(status).toBe(400)
  })
})
