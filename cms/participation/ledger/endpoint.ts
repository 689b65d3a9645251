/**
 * 台账: GET /api/places/:id/ledger?month=2026-11 — the inspectors' file of one place and one
 * month as a PDF (`<阵地>-2026年11月-台账.pdf`), loaded here (load.ts) and printed by the print
 * studio (POST /services/ledger on the preview service). Office staff (admin, editor,
 * reviewer) print any place's, station staff their own places' only; each file printed is
 * written to the 操作日志.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { chineseMonth } from '../../../contract/servicePrint'
import { hasRole } from '../../access/roles'
import { placesOf } from '../../access/stations'
import { recordEntry } from '../../audit/record'
import { attachment } from '../../common/csv'
import { callPreviewService } from '../../print/previewService'
import { ledgerPlace, loadLedger } from './load'
import { readLedgerMonth } from './month'

const answer = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** The refusal for someone who may not print this place's 台账; null when they may. */
function refusal(req: PayloadRequest, place: number): Response | null {
  if (!req.user) return answer(401, '请先登录。')
  if (hasRole(req.user, 'admin', 'editor', 'reviewer')) return null
  if (!hasRole(req.user, 'station')) return answer(403, '没有打印台账的权限。')
  return placesOf(req.user).includes(place) ? null : answer(403, '这个阵地不在您负责的范围，不能打印它的台账。')
}

/** A file name without characters a file system refuses. */
const fileSafe = (name: string) => name.replace(/[\\/:*?"<>|\s]+/g, '')

export const placeLedgerEndpoint: Endpoint = {
  path: '/:id/ledger',
  method: 'get',
  handler: async (req) => {
    const id = Number(req.routeParams?.id)
    const refused = refusal(req, id)
    if (refused) return refused
    const month = readLedgerMonth(new URL(req.url ?? '', 'http://cms.local').searchParams.get('month'))
    if ('error' in month) return answer(400, month.error)
    const place = await ledgerPlace(req.payload, id)
    if (!place) return answer(404, '没有这个阵地。')
    const started = performance.now()
    const ledger = await loadLedger(req.payload, place, month)
    const loadMs = performance.now() - started
    const printed = await callPreviewService(req, '/services/ledger', {
      body: JSON.stringify(ledger),
      passedOn: ['content-type', 'x-print-pages'],
      timeoutMs: 120_000,
    })
    if (!printed.ok || printed.headers.get('content-type') !== 'application/pdf') {
      await printed.body?.cancel()
      return answer(503, '台账没有生成（打印服务不可用），请稍后再试。')
    }
    const title = `${fileSafe(place.name)}-${chineseMonth(month.month)}-台账.pdf`
    await recordEntry(req, {
      action: 'export',
      summary: `打印台账：${place.name} ${chineseMonth(month.month)}（${ledger.orders.length} 单点单，${ledger.events.length} 场活动）`,
      collection: 'places',
      documentId: String(place.id),
      documentTitle: place.name,
    })
    const headers = new Headers(printed.headers)
    headers.set('content-disposition', attachment(`ledger-${place.id}-${month.month}.pdf`, title))
    headers.set('server-timing', `load;dur=${loadMs.toFixed(1)}, total;dur=${(performance.now() - started).toFixed(1)}`)
    return new Response(printed.body, { status: 200, headers })
  },
}
