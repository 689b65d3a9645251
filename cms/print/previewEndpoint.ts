import type { Endpoint } from 'payload'

import { callPreviewService } from './previewService'

const PASSED_ON = ['content-type', 'content-length', 'content-disposition', 'cache-control', 'x-print-pages', 'x-print-warnings']

/**
 * GET /api/<collection>/:id/print/:product[?cmyk=1][&format=json]
 * The poster, leaflet, handbook or paper questionnaire of a document as its draft stands, for signed-in staff.
 * The preview service reads the draft with this user's credentials, so only those who may
 * read the draft see it printed. `cmyk=1`: the CMYK PDF/X-3 edition for a print shop.
 */
export const printPreviewEndpoint: Endpoint = {
  path: '/:id/print/:product',
  method: 'get',
  handler: async (req) => {
    const collection = req.routeParams?.collection as string | undefined
    const id = Number(req.routeParams?.id)
    const product = String(req.routeParams?.product ?? '')
    if (!collection || !Number.isInteger(id) || !/^[\w-]+$/.test(product))
      return Response.json({ message: '请求地址不正确。' }, { status: 404 })
    if (!req.user) return Response.json({ message: '请先登录后台。' }, { status: 401 })
    const query = new URL(req.url ?? '', 'http://cms.local').searchParams
    const forward = new URLSearchParams()
    if (query.get('cmyk') === '1') forward.set('cmyk', '1')
    if (query.get('format') === 'json') forward.set('format', 'json')
    // No time limit: a long handbook's CMYK edition can take minutes on a busy machine.
    return callPreviewService(req, `/preview/${collection}/${id}/${product}?${forward}`, { passedOn: PASSED_ON })
  },
}
