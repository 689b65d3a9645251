/**
 * 实时预览 (Payload's live preview): beside the form, the web page as the site would show
 * it, updated as the editor types, at phone and desktop widths. Payload frames
 * `/api/<collection>/live-preview` (this origin only) and posts the form's values to it;
 * the frame asks the same address to render them. Both pass through to the loopback
 * preview service (ops/livePreview.ts) with the signed-in user's token.
 */
import type { CollectionConfig, Endpoint, PayloadRequest } from 'payload'
import { isPageCollection } from '../../contract/collections'
import { forwardedAuthorization } from '../auth/forwardedToken'
import { printPreviewUrl } from '../print/previewEndpoint'

const PASSED_ON = ['content-type', 'content-security-policy', 'x-frame-options', 'cache-control']

async function passThrough(req: PayloadRequest, init: RequestInit): Promise<Response> {
  const collection = req.routeParams?.collection as string | undefined
  if (!collection || !isPageCollection(collection)) return Response.json({ message: '这类内容没有网页，不能实时预览。' }, { status: 404 })
  if (!req.user) return Response.json({ message: '请先登录后台。' }, { status: 401 })
  let response: Response
  try {
    response = await fetch(`${printPreviewUrl()}/live/${collection}`, {
      ...init,
      // A page renders in well under a second; a stuck service must not hold the request.
      signal: AbortSignal.timeout(30_000),
      headers: { ...forwardedAuthorization(req), ...(init.body ? { 'content-type': 'application/json' } : {}) },
    })
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError'
    return Response.json(
      { message: timedOut ? '预览生成超时，请稍后再试。' : '预览服务没有运行（它随 npm start 启动）。' },
      { status: timedOut ? 504 : 503 },
    )
  }
  const passed = new Headers({ 'cache-control': 'no-store' })
  for (const name of PASSED_ON) {
    const value = response.headers.get(name)
    if (value) passed.set(name, value)
  }
  return new Response(response.body, { status: response.status, headers: passed })
}

/** GET: the frame (a status line and the page); POST `{ data }`: the page for these form values, as `{ html }`. */
export const livePreviewEndpoints: Endpoint[] = [
  { path: '/live-preview', method: 'get', handler: (req) => passThrough(req, { method: 'GET' }) },
  {
    path: '/live-preview',
    method: 'post',
    handler: async (req) => passThrough(req, { method: 'POST', body: (await req.text?.()) ?? '' }),
  },
]

/** Phone first: most residents read the site on one. Payload adds its own 自适应 (the panel's width). */
const BREAKPOINTS = [
  { name: 'phone', label: '手机（390 像素）', width: 390, height: 844 },
  { name: 'desktop', label: '电脑（1366 像素）', width: 1366, height: 900 },
]

/** Live preview on every collection whose documents have a web page. */
export const withLivePreview = (configs: CollectionConfig[]): CollectionConfig[] =>
  configs.map((collection) =>
    isPageCollection(collection.slug)
      ? {
          ...collection,
          admin: {
            ...collection.admin,
            livePreview: { url: ({ collectionConfig }) => `/api/${collectionConfig?.slug}/live-preview`, breakpoints: BREAKPOINTS },
          },
          endpoints: [...livePreviewEndpoints, ...(collection.endpoints || [])],
        }
      : collection,
  )
