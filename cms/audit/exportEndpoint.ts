/**
 * GET /api/audit-log/export — the 操作日志 as CSV, filtered by the same `where` as the list
 * (the admin's 导出 link passes the list's filters on). Administrators only, like reading
 * the log. Written with a BOM so that Excel opens the Chinese correctly, and any cell a
 * spreadsheet would take for a formula is quoted as text.
 */
import type { Endpoint, Where } from 'payload'

import { hasRole } from '../access/roles'
import { attachment, BOM, beijingTime as beijing, csvCell as cell } from '../common/csv'

const COLUMNS = [
  ['createdAt', '时间'],
  ['actorName', '操作人'],
  ['actorEmail', '操作人邮箱'],
  ['action', '操作'],
  ['summary', '内容'],
  ['collection', '对象类型'],
  ['documentId', '对象编号'],
  ['documentTitle', '对象名称'],
  ['fields', '改动的字段'],
  ['reason', '理由'],
  ['address', '来源地址'],
  ['channel', '途径'],
  ['userAgent', '浏览器'],
] as const

export const auditExportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) return Response.json({ errors: [{ message: '只有管理员可以导出操作日志。' }] }, { status: 403 })
    const where = (req.query?.where ?? {}) as Where
    const encoder = new TextEncoder()
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(encoder.encode(`${BOM}${COLUMNS.map(([, label]) => label).join(',')}\r\n`))
        for (let page = 1; ; page++) {
          const batch = await req.payload.find({
            collection: 'audit-log',
            where,
            sort: '-createdAt',
            limit: 1000,
            page,
            depth: 0,
            overrideAccess: false,
            user: req.user,
          })
          for (const entry of batch.docs as unknown as Record<string, unknown>[]) {
            const row = COLUMNS.map(([key]) => cell(key === 'createdAt' ? beijing(String(entry.createdAt)) : entry[key]))
            controller.enqueue(encoder.encode(`${row.join(',')}\r\n`))
          }
          if (!batch.hasNextPage) break
        }
        controller.close()
      },
    })
    const day = beijing(new Date().toISOString()).slice(0, 10).replaceAll('-', '')
    return new Response(body, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': attachment(`audit-log-${day}.csv`, `操作日志-${day}.csv`),
        'cache-control': 'no-store',
      },
    })
  },
}
