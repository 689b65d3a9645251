/** GET /api/print-orders/:id/download — the finished ZIP, for whoever ordered it (and administrators). */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { Readable } from 'node:stream'

import type { Endpoint } from 'payload'

import { config } from '../../contract/config'
import { printPackFile } from '../../contract/paths'
import { fileSafe, PACK_KEPT_DAYS } from '../../contract/print'
import { shortDateTime } from '../../contract/time'

export const packName = (order: { id: number; title?: string | null; createdAt: string }) =>
  `印刷包-${fileSafe(order.title ?? '', 30) || order.id}-${shortDateTime(order.createdAt).replace(/[-: ]/g, '')}.zip`

export const downloadEndpoint: Endpoint = {
  path: '/:id/download',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ message: '请先登录后台。' }, { status: 401 })
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id) || id < 1) return Response.json({ message: '没有这个印刷包。' }, { status: 404 })
    // Read with the person's own access: someone else's order is simply not found.
    const found = await req.payload.find({
      collection: 'print-orders',
      where: { id: { equals: id } },
      depth: 0,
      limit: 1,
      overrideAccess: false,
      user: req.user,
    })
    const order = found.docs[0]
    if (!order) return Response.json({ message: '没有这个印刷包，或它不是你下的单。' }, { status: 404 })
    if (order.status !== 'done')
      return Response.json({ message: `印刷包还在生成（${order.done ?? 0}/${order.total ?? 0}），完成后再下载。` }, { status: 409 })
    const file = printPackFile(id, config().dataDir)
    const size = await stat(file)
      .then((info) => info.size)
      .catch(() => null)
    if (size === null) return Response.json({ message: `压缩包只保留 ${PACK_KEPT_DAYS} 天，已经删除；请重新下单。` }, { status: 410 })
    return new Response(Readable.toWeb(createReadStream(file)) as ReadableStream, {
      headers: {
        'content-type': 'application/zip',
        'content-length': String(size),
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(packName(order))}`,
        'cache-control': 'no-store',
      },
    })
  },
}
