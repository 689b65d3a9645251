/**
 * Drafts' images (issue 14): an image is public only while something public uses it — a
 * published document, an area, the site settings. Before that, and again after a
 * take-down, anonymous readers find it nowhere: not in REST lists or by id, not in
 * GraphQL, not as a file or any of its sizes. Staff read it all along.
 */
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { imageBlock } from '../cms/seed/richText.ts'
import { api, areaId, graphql, login, publishThroughReview, workflow } from './support/cms.ts'

interface MediaDoc {
  id: number
  url: string
  filename: string
  sizes: Record<string, { url: string | null }>
}

let editor: string
let admin: string

beforeAll(async () => {
  editor = await login('editor@xinghualing.example')
  admin = await login('admin@xinghualing.example')
})

async function upload(name: string): Promise<MediaDoc> {
  const png = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#4a7' } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify({ alt: `私密测试图片 ${name}` }))
  const { status, body } = await api<{ doc: MediaDoc }>('/api/media', { method: 'POST', token: editor, form })
  expect(status).toBe(201)
  return body.doc
}

/** What an anonymous reader can get of the image: [by id, in the list, in GraphQL, the file, each size]. */
async function anonymousView(image: MediaDoc): Promise<boolean[]> {
  const byId = (await api(`/api/media/${image.id}`)).status === 200
  const list = (await api<{ docs: { id: number }[] }>('/api/media?limit=1000&depth=0')).body.docs.some((doc) => doc.id === image.id)
  const gql = await graphql<{ data?: { allMedia?: { docs: { id: number }[] } } }>('{ allMedia(limit: 1000) { docs { id } } }')
  const inGraphql = (gql.data?.allMedia?.docs ?? []).some((doc) => doc.id === image.id)
  const files = [image.url, ...Object.values(image.sizes).map((size) => size.url)].filter((url): url is string => Boolean(url))
  const fetched = await Promise.all(files.map(async (url) => (await fetch(url)).status === 200))
  return [byId, list, inGraphql, ...fetched]
}

describe('an image uploaded for a draft', () => {
  it('is private until a published document uses it, public while it does, private again after the take-down', async () => {
    const image = await upload('draft-only-portrait.png')
    expect(Object.keys(image.sizes).length).toBeGreaterThan(2)
    expect((await anonymousView(image)).some(Boolean)).toBe(false)
    // Staff read it all along (and the GraphQL query itself works).
    expect((await api(`/api/media/${image.id}`, { token: editor })).status).toBe(200)
    const staff = await graphql<{ data?: { allMedia?: { docs: { id: number }[] } } }>('{ allMedia(limit: 1000) { docs { id } } }', editor)
    expect(staff.data?.allMedia?.docs.map((doc) => doc.id)).toContain(image.id)
    expect((await fetch(image.url, { headers: { authorization: `JWT ${editor}` } })).status).toBe(200)

    const { body } = await api<{ doc: { id: number } }>('/api/figures?draft=true', {
      method: 'POST',
      token: editor,
      body: {
        name: '私密图片测试人物',
        honourTitle: '测试称号',
        honourKind: 'good-neighbour',
        summary: '测试数据',
        area: await areaId('三桥街道'),
        portrait: image.id,
        _status: 'draft',
      },
    })
    // Used by a draft, even one under review: still private.
    expect((await workflow('figures', body.doc.id, editor, { action: 'submit' })).status).toBe(200)
    expect((await anonymousView(image)).some(Boolean)).toBe(false)

    // A community worker is not staff here: a draft's image is not theirs to read either.
    const community = await login('community@xinghualing.example')
    expect((await api(`/api/media/${image.id}`, { token: community })).status).toBe(404)

    await workflow('figures', body.doc.id, await login('reviewer1@xinghualing.example'), { action: 'approve' })
    await workflow('figures', body.doc.id, await login('reviewer2@xinghualing.example'), { action: 'approve' })
    expect((await api(`/api/figures/${body.doc.id}`)).status).toBe(200)
    expect((await anonymousView(image)).every(Boolean)).toBe(true)
    // Now live: an editor may not change it without review (an administrator may).
    const edit = await api(`/api/media/${image.id}`, { method: 'PATCH', token: editor, body: { alt: '未经审核的新说明' } })
    expect(edit.status).toBe(403)
    expect(edit.text).toContain('不经审核')
    expect((await api(`/api/media/${image.id}`, { method: 'PATCH', token: admin, body: { alt: '管理员更正的替代文字' } })).status).toBe(200)

    expect((await workflow('figures', body.doc.id, admin, { action: 'unpublish' })).status).toBe(200)
    expect((await anonymousView(image)).some(Boolean)).toBe(false)
  })

  it('an image in the site settings is public, and the flag cannot be set by hand', async () => {
    const image = await upload('public-service-ad.png')
    expect((await api(`/api/media/${image.id}`, { method: 'PATCH', token: editor, body: { publicUse: true } })).status).toBe(200)
    expect((await api(`/api/media/${image.id}`)).status).toBe(404)
    const settings = await api<{ publicServiceAd?: Record<string, unknown> }>('/api/globals/site-settings?depth=0', { token: admin })
    const saved = await api('/api/globals/site-settings', {
      method: 'POST',
      token: admin,
      body: { publicServiceAd: { ...settings.body.publicServiceAd, image: image.id } },
    })
    expect(saved.status).toBe(200)
    expect((await api(`/api/media/${image.id}`)).status).toBe(200)
    await api('/api/globals/site-settings', {
      method: 'POST',
      token: admin,
      body: { publicServiceAd: settings.body.publicServiceAd ?? {} },
    })
    expect((await api(`/api/media/${image.id}`)).status).toBe(404)
  })

  it('a document published with an image in its rich text makes that image public', async () => {
    const image = await upload('inline-photo.png')
    const story = imageBlock(image.id)
    const { body } = await api<{ doc: { id: number } }>('/api/figures?draft=true', {
      method: 'POST',
      token: editor,
      body: {
        name: '正文图片测试',
        honourTitle: '测试称号',
        honourKind: 'good-neighbour',
        summary: '测试数据',
        area: await areaId('三桥街道'),
        story,
        _status: 'draft',
      },
    })
    expect((await api(`/api/media/${image.id}`)).status).toBe(404)
    await publishThroughReview('figures', body.doc.id)
    expect((await api(`/api/media/${image.id}`)).status).toBe(200)
  })
})
