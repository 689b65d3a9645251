/**
 * 好人推荐 (issue 18): a resident recommends someone with photos through the gate; the
 * photos are decoded, stripped of location data and kept for staff only; plain REST writes
 * are refused for every role; oversized, too many and false photos are refused in Chinese;
 * the receipt code shows and withdraws it with its photos; an adopted nomination becomes a
 * 人物 draft that review will not pass before the person's own consent is recorded; the
 * retention purge takes due nominations with their photos.
 */

import { readdir } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { purgeParticipation } from '../cms/participation/retention.ts'
import { api, areaId, localPayload, login, REVIEWER, stack, workflow } from './support/cms.ts'
import { call, forgetThrottles, nominate } from './support/participation.ts'

let payload: Payload
let editor: string
let admin: string

beforeAll(async () => {
  payload = await localPayload()
  await forgetThrottles(payload)
  editor = await login('editor@xinghualing.example')
  admin = await login('admin@xinghualing.example')
})

afterAll(async () => {
  await payload?.destroy()
})

/** A JPEG with a location in its EXIF, as a phone writes it. */
const photoWithGps = () =>
  sharp({ create: { width: 640, height: 480, channels: 3, background: '#c84' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'TestPhone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '37/1 53/1 0/1' } })
    .toBuffer()

const story = '张阿姨每天早上在小区门口义务疏导交通，十年如一日，帮助老人和孩子安全过马路。'
const byReference = async (reference: unknown) =>
  (await payload.find({ collection: 'nominations', where: { reference: { equals: reference } }, overrideAccess: true, depth: 0 })).docs[0]

describe('a nomination with photos', () => {
  it('keeps the photos for staff only, without their location data', async () => {
    const sent = await nominate({ nominee: '张秀英', area: await areaId('涧河街道'), story, contactPhone: '13811112222' }, [
      { data: await photoWithGps(), name: 'zhang.jpg' },
    ])
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
    const stored = await byReference(sent.body.reference)
    const photoId = stored?.photos?.[0] as number
    const photo = await api<{ url: string }>(`/api/participation-uploads/${photoId}`, { token: editor })
    expect(photo.status).toBe(200)
    const file = await fetch(photo.body.url, { headers: { authorization: `JWT ${editor}` } })
    expect(file.status).toBe(200)
    const meta = await sharp(Buffer.from(await file.arrayBuffer())).metadata()
    expect(meta.exif).toBeUndefined()
    expect((await fetch(photo.body.url)).status).not.toBe(200)
    expect((await api(`/api/participation-uploads/${photoId}`)).status).toBe(403)
    expect((await api('/api/participation-uploads?limit=1', { token: await login('community@xinghualing.example') })).status).toBe(403)
  })

  it('refuses too many, too large and false photos, in Chinese, and keeps nothing', async () => {
    const jpeg = await photoWithGps()
    const four = await nominate(
      { nominee: '照片太多', story },
      [1, 2, 3, 4].map((n) => ({ data: jpeg, name: `${n}.jpg` })),
    )
    expect(four.status).toBe(400)
    expect(four.body.errors?.[0]?.message).toContain('最多上传 3 张')
    const fake = await nominate({ nominee: '假照片', story }, [{ data: Buffer.from('not an image at all'), name: 'fake.jpg' }])
    expect(fake.status).toBe(400)
    expect(fake.body.errors?.[0]?.message).toContain('不是可用的图片文件')
    const huge = await nominate({ nominee: '超大照片', story }, [{ data: Buffer.alloc(6 * 1024 * 1024, 1), name: 'huge.jpg' }])
    expect(huge.status).toBe(413)
    const kept = await payload.find({
      collection: 'nominations',
      where: { nominee: { in: ['照片太多', '假照片', '超大照片'] } },
      overrideAccess: true,
    })
    expect(kept.totalDocs).toBe(0)
  })

  it('leaves no photo on disk when the nomination itself cannot be saved', async () => {
    const folder = path.join(stack().env.DATA_DIR as string, 'participation-uploads')
    const before = (await readdir(folder)).sort()
    // The photo is stored before the nomination's own fields are checked; an area that does not exist fails them.
    const refused = await nominate({ nominee: '区域不存在', area: 99_999_999, story }, [{ data: await photoWithGps(), name: 'orphan.jpg' }])
    expect(refused.status, JSON.stringify(refused.body)).toBe(400)
    expect((await readdir(folder)).sort()).toEqual(before)
    const rows = await payload.find({ collection: 'participation-uploads', where: { filename: { like: 'orphan' } }, overrideAccess: true })
    expect(rows.totalDocs).toBe(0)
  })

  it('is refused as a plain REST write for every role, photos included', async () => {
    for (const token of [undefined, admin, editor]) {
      expect((await api('/api/nominations', { method: 'POST', token, body: { nominee: '绕过', story, status: 'received' } })).status).toBe(
        403,
      )
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(await photoWithGps())], { type: 'image/jpeg' }), 'x.jpg')
      expect((await api('/api/participation-uploads', { method: 'POST', token, form })).status).toBe(403)
    }
  })

  it('is shown and withdrawn by its receipt code, photos and all', async () => {
    const sent = await nominate({ nominee: '李师傅', story }, [{ data: await photoWithGps(), name: 'li.jpg' }])
    const seen = await call(`/receipts/${sent.body.receipt}`)
    expect(seen.body).toMatchObject({ form: 'nominations', kind: '好人推荐', subject: '李师傅', status: '待审核' })
    const stored = await byReference(sent.body.reference)
    expect((await call(`/receipts/${sent.body.receipt}`, { method: 'DELETE' })).status).toBe(200)
    expect(await byReference(sent.body.reference)).toBeUndefined()
    const photos = await payload.find({
      collection: 'participation-uploads',
      where: { id: { in: stored?.photos as number[] } },
      overrideAccess: true,
    })
    expect(photos.totalDocs).toBe(0)
  })
})

describe('adopting a nomination', () => {
  it('makes a 人物 draft that review holds until the person’s consent is recorded', async () => {
    const sent = await nominate({ nominee: '王建国', area: await areaId('涧河街道'), story: `${story}联系电话13900001234。` }, [
      { data: await photoWithGps(), name: 'wang.jpg' },
    ])
    const stored = await byReference(sent.body.reference)
    expect(
      (await api(`/api/nominations/${stored?.id}/adopt`, { method: 'POST', token: await login('community@xinghualing.example') })).status,
    ).toBe(403)
    // Without an area the draft cannot be made; staff add the area the resident left out.
    const arealess = await nominate({ nominee: '没有区域', story })
    const stranded = await byReference(arealess.body.reference)
    const refused = await api(`/api/nominations/${stranded?.id}/adopt`, { method: 'POST', token: editor })
    expect(refused.status).toBe(400)
    expect(refused.text).toContain('请先在“所在区域”中选择')
    const adopted = await api<{ figure: { id: number } }>(`/api/nominations/${stored?.id}/adopt`, { method: 'POST', token: editor })
    expect(adopted.status).toBe(201)
    const figureId = adopted.body.figure.id
    const figure = await payload.findByID({ collection: 'figures', id: figureId, draft: true, overrideAccess: true, depth: 0 })
    expect(figure.name).toBe('王建国')
    expect(JSON.stringify(figure.story)).not.toContain('13900001234')
    expect(figure.portrait).toBeTruthy()
    expect(figure.nomination).toBe(stored?.id)
    expect((await byReference(sent.body.reference))?.status).toBe('adopted')
    expect((await api(`/api/nominations/${stored?.id}/adopt`, { method: 'POST', token: editor })).status).toBe(409)
    const held = await workflow('figures', figureId, editor, { action: 'submit' })
    expect(held.status).not.toBe(200)
    expect(held.text).toContain('须征得本人同意')
    await api(`/api/figures/${figureId}?draft=true`, {
      method: 'PATCH',
      token: editor,
      body: { subjectConsent: 'written', subjectConsentNote: '2026年11月30日社区书面确认' },
    })
    expect((await workflow('figures', figureId, editor, { action: 'submit' })).status).toBe(200)
    // Published, the link and the consent stay staff's: the public never reads them.
    for (const level of [1, 2] as const)
      expect((await workflow('figures', figureId, await login(REVIEWER(level)), { action: 'approve' })).status).toBe(200)
    const anonymous = await api<Record<string, unknown>>(`/api/figures/${figureId}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.name).toBe('王建国')
    for (const field of ['nomination', 'subjectConsent', 'subjectConsentNote']) expect(anonymous.body).not.toHaveProperty(field)
  })
})

describe('retention of nominations', () => {
  it('deletes a nomination past its date with its photos', async () => {
    const sent = await nominate({ nominee: '到期推荐', story }, [{ data: await photoWithGps(), name: 'due.jpg' }])
    const stored = await byReference(sent.body.reference)
    await payload.update({
      collection: 'nominations',
      id: stored?.id as number,
      data: { purgeAt: new Date(Date.now() - 60_000).toISOString() },
      overrideAccess: true,
    })
    const purged = await purgeParticipation(payload)
    expect(purged.nominations).toBeGreaterThanOrEqual(1)
    expect(await byReference(sent.body.reference)).toBeUndefined()
    const photos = await payload.find({
      collection: 'participation-uploads',
      where: { id: { in: stored?.photos as number[] } },
      overrideAccess: true,
    })
    expect(photos.totalDocs).toBe(0)
  })
})
