/**
 * 印刷包 from outside (issue 16): a community worker orders published items with products
 * and quantities (written as people write them) and gets one ZIP — the print-shop files,
 * CMYK ones passing the PDF/X preflight, and a 印制单 saying what, how big, how many, who
 * and which version. Drafts cannot be ordered; nobody reads or changes another's order;
 * what the server keeps (who, status, names, versions) is not the request's to say.
 */
import { unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Figure, PrintOrder } from '../contract/payload-types.ts'
import { api, createFigure, graphql, login, stack } from './support/cms.ts'
import { pageTexts, preflightPdfX } from './support/pdf.ts'

let community: string
let editor: string
let admin: string
let published: Figure
let draft: Figure

beforeAll(async () => {
  community = await login('community@xinghualing.example')
  editor = await login('editor@xinghualing.example')
  admin = await login('admin@xinghualing.example')
  published = await createFigure(editor, '印刷包测试人', 'published')
  draft = await createFigure(editor, '印刷包草稿人', 'draft')
})

const order = (body: unknown, token?: string) =>
  api<{ doc?: PrintOrder; errors?: { message: string }[] }>('/api/print-orders', { method: 'POST', token, body })
const line = (overrides: Record<string, unknown> = {}) => ({
  collection: 'figures',
  doc: published.id,
  product: 'poster-a4',
  quantity: 10,
  ...overrides,
})

async function finished(id: number, token: string): Promise<PrintOrder> {
  await expect
    .poll(async () => (await api<PrintOrder>(`/api/print-orders/${id}`, { token })).body.status, { timeout: 180_000, interval: 1_000 })
    .toMatch(/done|failed/)
  return (await api<PrintOrder>(`/api/print-orders/${id}`, { token })).body
}

describe('印刷包', () => {
  it('makes one ZIP of print-shop files and a 印制单 for a community worker', async () => {
    const me = (await api<{ user: { id: number; name: string } }>('/api/users/me', { token: community })).body.user
    const { status, body } = await order(
      {
        items: [line({ quantity: '１２０', cmyk: true }), line({ product: 'leaflet-a5', quantity: '一百', cmyk: false })],
        note: '送到社区服务中心',
        // What the server decides, whatever a hostile request says:
        status: 'done',
        orderedBy: 1,
        title: '伪造的标题',
      },
      community,
    )
    expect(status).toBe(201)
    const created = body.doc as PrintOrder
    expect(created.status).toBe('queued')
    expect(created.title).toBe('印刷包测试人')
    expect(typeof created.orderedBy === 'object' ? created.orderedBy?.id : created.orderedBy).toBe(me.id)
    expect(created.items.map((item) => item.quantity)).toEqual([120, 100])

    const done = await finished(created.id, community)
    expect(done.status, done.error ?? '').toBe('done')
    expect(done.done).toBe(done.total)
    const download = await fetch(`${stack().cmsUrl}/api/print-orders/${created.id}/download`, {
      headers: { authorization: `JWT ${community}` },
    })
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('application/zip')
    expect(decodeURIComponent(download.headers.get('content-disposition') ?? '')).toContain('印刷包-印刷包测试人')
    const files = unzipSync(new Uint8Array(await download.arrayBuffer()))
    const names = Object.keys(files).sort()
    expect(names).toEqual(['印制单.pdf', '印刷文件/01-印刷包测试人-海报-A4-CMYK.pdf', '印刷文件/02-印刷包测试人-宣传单-A5.pdf'])
    expect(await preflightPdfX(files['印刷文件/01-印刷包测试人-海报-A4-CMYK.pdf'] as Uint8Array)).toEqual([])
    const sheet = (await pageTexts(files['印制单.pdf'] as Uint8Array)).join('').replace(/\s+/g, '')
    for (const words of [
      '印制单',
      '印刷包测试人',
      '海报A4',
      'A4竖版',
      '120',
      '宣传单A5',
      '100',
      me.name,
      '送到社区服务中心',
      'CMYK',
      '合计220份',
    ])
      expect(sheet).toContain(words)
  })

  it('takes only published items, real products and whole numbers of copies, in Chinese', async () => {
    const refused = [
      [line({ doc: draft.id }), /只有已发布的内容/],
      [line({ doc: 99_999_999 }), /只有已发布的内容/],
      [line({ collection: 'articles' }), /没有这类内容/],
      [line({ product: 'handbook' }), /没有“handbook”这种印刷品/],
      [line({ quantity: 0 }), /数量/],
      [line({ quantity: '-5' }), /数量/],
      [line({ quantity: '1.5' }), /数量/],
      [line({ quantity: '许多' }), /数量/],
      [line({ quantity: 1_000_000 }), /数量/],
    ] as const
    for (const [item, message] of refused) {
      const { status, body } = await order({ items: [item] }, community)
      expect(status, JSON.stringify(item)).toBe(400)
      expect(body.errors?.[0]?.message).toMatch(message)
    }
    expect((await order({ items: [] }, community)).body.errors?.[0]?.message).toMatch(/至少选一项/)
    expect((await order({ items: Array.from({ length: 201 }, () => line()) }, community)).status).toBe(400)
    expect((await order({ items: [line()] })).status).toBe(403)
  })

  it('adds up the same file ordered twice, and lets nobody queue more than three packs at once', async () => {
    const merged = await order({ items: [line({ quantity: 10, cmyk: false }), line({ quantity: '十五', cmyk: false })] }, editor)
    expect(merged.body.doc?.items.map((item) => item.quantity)).toEqual([25])
    // Printing takes seconds a file: three orders placed at once are all still open when a fourth comes.
    const placed = [merged.body.doc?.id]
    for (let n = 0; n < 2; n++) placed.push((await order({ items: [line({ cmyk: false })] }, editor)).body.doc?.id)
    const fourth = await order({ items: [line({ cmyk: false })] }, editor)
    expect(fourth.status).toBe(429)
    expect(fourth.body.errors?.[0]?.message).toMatch(/正在排队或生成/)
    for (const id of placed) await finished(id as number, editor)
    expect((await order({ items: [line({ cmyk: false })] }, editor)).status).toBe(201)
  })

  it('keeps each person’s orders their own: not read, downloaded, changed or deleted by anyone else', async () => {
    const { body } = await order({ items: [line({ cmyk: false })] }, community)
    const id = body.doc?.id as number
    expect((await api(`/api/print-orders/${id}`, { token: editor })).status).toBe(404)
    expect((await api<{ docs: unknown[] }>(`/api/print-orders?where[id][equals]=${id}`, { token: editor })).body.docs).toEqual([])
    expect((await api(`/api/print-orders/${id}/download`, { token: editor })).status).toBe(404)
    expect((await api(`/api/print-orders/${id}/download`)).status).toBe(401)
    // Nobody edits an order, the one who placed it included (it is what was printed).
    expect((await api(`/api/print-orders/${id}`, { method: 'PATCH', token: community, body: { status: 'done' } })).status).toBe(403)
    expect(
      (await api(`/api/print-orders?where[id][equals]=${id}`, { method: 'PATCH', token: community, body: { note: 'x' } })).status,
    ).toBe(403)
    expect([403, 404]).toContain((await api(`/api/print-orders/${id}`, { method: 'DELETE', token: editor })).status)
    expect((await api(`/api/print-orders/${id}`, { token: admin })).status).toBe(200)
    // Through GraphQL too: another's order is not listed, a draft cannot be ordered, the orderer cannot be named.
    const listed = await graphql<{ data?: { PrintOrders?: { docs: { id: number }[] } } }>(
      '{ PrintOrders(limit: 100) { docs { id } } }',
      editor,
    )
    expect(listed.data?.PrintOrders?.docs.map((doc) => doc.id)).not.toContain(id)
    const mutation = (doc: number) =>
      `mutation { createPrintOrder(data: { orderedByName: "伪造", items: [{ collection: figures, doc: ${doc}, product: poster_a4, quantity: 5 }] }) { id orderedByName status } }`
    const drafted = await graphql<{ errors?: { message: string }[] }>(mutation(draft.id), community)
    expect(drafted.errors?.[0]?.message).toMatch(/只有已发布的内容/)
    const placed = await graphql<{ data?: { createPrintOrder?: { id: number; orderedByName: string; status: string } } }>(
      mutation(published.id),
      community,
    )
    expect(placed.data?.createPrintOrder).toMatchObject({ orderedByName: '示例社区工作者（涧河街道）', status: 'queued' })
    await finished(placed.data?.createPrintOrder?.id as number, community)
    await finished(id, community)
    expect((await api(`/api/print-orders/${id}`, { method: 'DELETE', token: community })).status).toBe(200)
    expect((await api(`/api/print-orders/${id}/download`, { token: community })).status).toBe(404)
  })
})
