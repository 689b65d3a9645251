/**
 * 实时预览 from outside (issue 16): the admin posts the form's values and gets the page the
 * site's own views make of them, nothing saved. Signed-in staff only; a draft's own images
 * only with the credentials of someone who may read them; the frame runs only the site's
 * own scripts and may be framed only by the admin; odd input is refused in Chinese.
 */
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Figure } from '../contract/payload-types.ts'
import { api, createFigure, login, stack } from './support/cms.ts'

let editor: string
let community: string
let figure: Figure

beforeAll(async () => {
  editor = await login('editor@xinghualing.example')
  community = await login('community@xinghualing.example')
  figure = await createFigure(editor, '实时预览接口测试人', 'draft')
})

const preview = (data: unknown, token?: string, collection = 'figures') =>
  api<{ html?: string; message?: string }>(`/api/${collection}/live-preview`, { method: 'POST', token, body: { data } })

async function privateImage(): Promise<{ id: number; filename: string }> {
  const png = await sharp({ create: { width: 640, height: 800, channels: 3, background: '#a53' } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'live-preview-portrait.png')
  form.append('_payload', JSON.stringify({ alt: '实时预览测试肖像' }))
  const { status, body } = await api<{ doc: { id: number; filename: string } }>('/api/media', { method: 'POST', token: editor, form })
  expect(status).toBe(201)
  return body.doc
}

describe('实时预览', () => {
  it('renders the form as it stands with the site’s own page, and saves nothing', async () => {
    const { status, body } = await preview({ ...figure, name: '预览里改的名字', summary: '预览里改的简介' }, editor)
    expect(status).toBe(200)
    expect(body.html).toContain('预览里改的名字')
    expect(body.html).toContain('预览里改的简介')
    // The same layout as the public page: its 长者模式 switch and the site's stylesheet.
    expect(body.html).toContain('id="elder-toggle"')
    const saved = await api<Figure>(`/api/figures/${figure.id}?draft=true&depth=0`, { token: editor })
    expect(saved.body.name).toBe('实时预览接口测试人')
    // A document never saved (no id, no address yet) previews too.
    const { id: _id, slug: _slug, ...unsaved } = figure
    const fresh = await preview({ ...unsaved, name: '还没保存的新人物' }, editor)
    expect(fresh.status).toBe(200)
    expect(fresh.body.html).toContain('还没保存的新人物')
  })

  it('is for signed-in staff only', async () => {
    expect((await preview(figure)).status).toBe(401)
    expect((await api('/api/figures/live-preview')).status).toBe(401)
    expect((await preview(figure, community)).status).toBe(200)
  })

  it('shows a draft’s own image through the admin, and only with the reader’s credentials', async () => {
    const image = await privateImage()
    const { body } = await preview({ ...figure, portrait: image.id }, editor)
    const stem = image.filename.replace(/\.png$/, '')
    expect(body.html).toContain(`/api/media/file/${stem}`)
    expect(body.html).not.toMatch(/(src|srcset)="\/media\//)
    // The file is served by the admin with its access check: staff yes, the public no.
    const source = /src="(\/api\/media\/file\/[^"]+)"/.exec(body.html ?? '')?.[1] as string
    expect((await fetch(`${stack().cmsUrl}${source}`, { headers: { authorization: `JWT ${editor}` } })).status).toBe(200)
    expect((await fetch(`${stack().cmsUrl}${source}`)).status).toBe(403)
    // Asked directly on the loopback service without credentials, the private image is simply not there.
    const direct = await fetch(`http://127.0.0.1:${stack().env.PRINT_PREVIEW_PORT}/live/figures`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data: { ...figure, portrait: image.id } }),
    })
    expect(direct.status).toBe(200)
    expect(((await direct.json()) as { html: string }).html).not.toContain(stem)
  })

  it('is framed only by the admin and runs only the site’s own scripts', async () => {
    const response = await fetch(`${stack().cmsUrl}/api/figures/live-preview`, { headers: { authorization: `JWT ${editor}` } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/html')
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    const policy = response.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("frame-ancestors 'self'")
    expect(policy).toMatch(/script-src 'sha256-/)
    expect(/script-src[^;]*/.exec(policy)?.[0]).not.toContain('unsafe')
    // A hostile editor's markup is text on the page; the answer itself is JSON, never a page of the admin's origin.
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>'
    const answer = await fetch(`${stack().cmsUrl}/api/figures/live-preview`, {
      method: 'POST',
      headers: { authorization: `JWT ${editor}`, 'content-type': 'application/json' },
      body: JSON.stringify({ data: { ...figure, name: hostile, summary: hostile } }),
    })
    expect(answer.headers.get('content-type')).toContain('application/json')
    const { html } = (await answer.json()) as { html: string }
    // Inside a quoted attribute a "<" is text; outside attributes, no tag of the editor's survives.
    const outsideAttributes = html.replace(/="[^"]*"/g, '=""')
    expect(outsideAttributes).not.toContain('<script>alert(1)')
    expect(outsideAttributes).not.toContain('<img src=x')
    expect(html).toContain('&lt;script&gt;')
  })

  it('refuses what has no page and odd input with a Chinese sentence, never a 500', async () => {
    // Handbooks are print only: no page, no live preview.
    expect((await preview({ title: '手册' }, editor, 'handbooks')).status).toBe(404)
    for (const data of [undefined, [], 'text', 42]) {
      const { status, body } = await preview(data, editor)
      expect(status).toBe(400)
      expect(body.message).toMatch(/[一-龥]/)
    }
    // Fields half filled or of the wrong kind, as while typing: an answer, not a crash.
    for (const data of [{}, { name: 12, story: 'x', area: '三桥', portrait: -5, publishedAt: '２０２６年' }, { id: '1; drop table' }]) {
      const { status, body } = await preview(data, editor)
      expect([200, 422]).toContain(status)
      if (status === 422) expect(body.message).toMatch(/[一-龥]/)
    }
    const notJson = await fetch(`${stack().cmsUrl}/api/figures/live-preview`, {
      method: 'POST',
      headers: { authorization: `JWT ${editor}`, 'content-type': 'application/json' },
      body: '{"data": ',
    })
    expect(notJson.status).toBe(400)
    const huge = await preview({ ...figure, summary: '长'.repeat(1_200_000) }, editor)
    expect(huge.status).toBe(413)
  })
})
