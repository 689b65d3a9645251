/**
 * 实时预览 (Payload's live preview): beside the form, the web page as the site would show
 * it, updated as the editor types, at phone and desktop widths. Payload frames
 * `/api/<collection>/live-preview` (this origin only) and posts the form's values to it;
 * the frame asks the same address to render them. Both pass through to the loopback
 * preview service (ops/livePreview.ts) with the signed-in user's token.
 */
import type { CollectionConfig, Endpoint, PayloadRequest } from 'payload'
import { isPageCollection } from '../../contract/collections'
import { callPreviewService } from '../print/previewService'

const PASSED_ON = ['content-type', 'content-security-policy', 'x-frame-options', 'cache-control']

async function passThrough(req: PayloadRequest, body?: string): Promise<Response> {
  const collection = req.routeParams?.collection as string | undefined
  if (!collection || !isPageCollection(collection)) return Response.json({ message: '这类内容没有网页，不能实时预览。' }, { status: 404 })
  if (!req.user) return Response.json({ message: '请先登录后台。' }, { status: 401 })
  // A page renders in well under a second.
  return callPreviewService(req, `/live/${collection}`, { body, passedOn: PASSED_ON, timeoutMs: 30_000 })
}

/** GET: the frame (a status line and the page); POST `{ data }`: the page for these form values, as `{ html }`. */
export const livePreviewEndpoints: Endpoint[] = [
  { path: '/live-preview', method: 'get', handler: (req) => passThrough(req) },
  {
    path: '/live-preview',
    method: 'post',
    handler: async (req) => passThrough(req, (await req.text?.()) ?? ''),
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
