/**
 * 打印预览: prints a document's poster, leaflet, handbook or paper questionnaire from its current draft, before
 * it is published, for the editors, reviewers and community workers who may read that
 * draft. Part of `npm start`, listening on 127.0.0.1 only; the admin reaches it through
 * `/api/<collection>/:id/print/:product`, which forwards the signed-in user's token.
 * The draft is read from the CMS with those credentials, so Payload's access rules decide
 * who sees what: without a session only the published version can be read.
 *
 * Everything else the piece shows (areas, the items a handbook collects) comes from a
 * snapshot of what is published, kept fresh on each request; the draft's own images, which
 * may not be public yet, are read with the same credentials.
 *
 * The same service renders 实时预览 (livePreview.ts): `/live/<collection>`, reached through
 * `/api/<collection>/live-preview`; makes the print desk's 印刷包 (printOrders.ts); and draws
 * the charts of a survey's results article (`POST /chart`, from the data it is sent) and
 * the slips of a batch of 评选邀请码 (`POST /slips`); and prints 课单, 活动签到表 and 台账 from
 * the data it is sent (`POST /services/<product>`, ops/servicePrint.ts).
 */
import http from 'node:http'
import { isPageCollection } from '../contract/collections.ts'
import { config } from '../contract/config.ts'
import { readSlips } from '../contract/elections.ts'
import type { Media } from '../contract/payload-types.ts'
import { readChart } from '../contract/surveys.ts'
import { imageCredentials, type Snapshot } from '../site/loaders/cms.ts'
import { publicContent } from '../site/model/publicContent.ts'
import { CmykUnavailableError, toPdfX } from '../site/print/cmyk.ts'
import { Printer } from '../site/print/index.ts'
import { DRAFT_MARK } from '../site/print/mark.ts'
import { renderDraftPage, shellPage } from './livePreview.ts'
import { PreviewError, published, readCms } from './previewSource.ts'
import { startPrintDesk } from './printOrders.ts'
import { type Piece, printPiece } from './printPiece.ts'
import { isMainModule } from './processes.ts'
import { SERVICE_BODY_BYTES, servicePrint } from './servicePrint.ts'

export const PREVIEW_COLLECTIONS = ['figures', 'streets', 'places', 'handbooks', 'surveys'] as const
type PreviewCollection = (typeof PREVIEW_COLLECTIONS)[number]

const printer = new Printer()
/** The admin accepts 2 MB for a save (cms/server/bodyLimits.ts): a form that could be saved can be previewed. */
const LIVE_BODY_BYTES = 2 * 1024 * 1024

const readDraft = (collection: PreviewCollection, id: number, headers: http.IncomingHttpHeaders) =>
  readCms<{ id: number }>(`/api/${collection}/${id}?draft=true&depth=0`, headers)

/** The images the draft shows, as the user may read them (populated one level deep). */
async function draftImages(collection: PreviewCollection, id: number, headers: http.IncomingHttpHeaders): Promise<Media[]> {
  const found: Media[] = []
  const walk = (value: unknown): void => {
    if (!value || typeof value !== 'object') return
    if (Array.isArray(value)) {
      value.forEach(walk)
      return
    }
    const record = value as Record<string, unknown>
    if (typeof record.filename === 'string' && typeof record.mimeType === 'string' && typeof record.id === 'number')
      found.push(record as unknown as Media)
    else Object.values(record).forEach(walk)
  }
  walk(await readCms(`/api/${collection}/${id}?draft=true&depth=1`, headers))
  return found
}

export async function printPreview(
  collection: PreviewCollection,
  id: number,
  product: string,
  headers: http.IncomingHttpHeaders,
): Promise<Piece> {
  const [draft, images] = await Promise.all([readDraft(collection, id, headers), draftImages(collection, id, headers)])
  const base = await published()
  // The snapshot with this one document replaced by its draft, and its images added.
  const media = new Map(base.media)
  for (const image of images) if (!media.has(image.id)) media.set(image.id, image)
  const withDraft = { ...base, media, [collection]: new Map(base[collection] as Map<number, unknown>).set(id, draft) } as Snapshot
  return printPiece(printer, publicContent(withDraft, { fresh: true }), { collection, id, product }, DRAFT_MARK)
}

function send(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  response.end(JSON.stringify(body))
}

async function answerPrint(request: http.IncomingMessage, response: http.ServerResponse, url: URL, match: RegExpExecArray) {
  const [, collection, id, product] = match as unknown as [string, PreviewCollection, string, string]
  if (!PREVIEW_COLLECTIONS.includes(collection)) return send(response, 404, { message: '这类内容没有印刷品' })
  const authorization = request.headers.authorization ?? ''
  const result = await imageCredentials.run(authorization, () => printPreview(collection, Number(id), product, request.headers))
  const cmyk = url.searchParams.get('cmyk') === '1'
  const pdf = cmyk ? await toPdfX(result.pdf, result.title) : result.pdf
  if (url.searchParams.get('format') === 'json')
    return send(response, 200, { pages: result.pages, bytes: pdf.length, warnings: result.warnings })
  const filename = `${result.title}-${product}${cmyk ? '-CMYK' : ''}-预览.pdf`
  response.writeHead(200, {
    'content-type': 'application/pdf',
    'content-length': pdf.length,
    'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(filename)}`,
    'cache-control': 'no-store',
    'x-print-pages': String(result.pages),
    'x-print-warnings': encodeURIComponent(JSON.stringify(result.warnings)),
  })
  response.end(Buffer.from(pdf))
}

/** A JSON body of at most `limit` bytes. */
async function jsonBody(request: http.IncomingMessage, limit: number): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) throw new PreviewError(413, '表单内容太大，无法预览。')
    chunks.push(chunk)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    throw new PreviewError(400, '预览请求的格式不正确。')
  }
}

/** The form values the admin forwards, at most LIVE_BODY_BYTES. */
const formValues = async (request: http.IncomingMessage) => ((await jsonBody(request, LIVE_BODY_BYTES)) as { data?: unknown })?.data

/** POST /chart: a survey question's counts drawn as a bar chart (JPEG) for a results article. */
async function answerChart(request: http.IncomingMessage, response: http.ServerResponse) {
  const chart = readChart(await jsonBody(request, 64 * 1024))
  if (!chart) return send(response, 400, { message: '图表数据不正确。' })
  const picture = await printer.chart(chart)
  response.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': picture.length, 'cache-control': 'no-store' })
  response.end(Buffer.from(picture))
}

/** POST /slips: a batch of 评选邀请码 as an A4 PDF of cut-out slips (the codes come only from the admin, on loopback). */
async function answerSlips(request: http.IncomingMessage, response: http.ServerResponse) {
  const slips = readSlips(await jsonBody(request, 256 * 1024))
  if (!slips) return send(response, 400, { message: '邀请码数据不正确。' })
  const { pdf, pages } = await printer.slips(slips)
  response.writeHead(200, {
    'content-type': 'application/pdf',
    'content-length': pdf.length,
    'cache-control': 'no-store',
    'x-print-pages': String(pages),
  })
  response.end(Buffer.from(pdf))
}

/** POST /services/<product>: a 课单 leaflet or poster, a 活动签到表 or a 台账 from the data sent (ops/servicePrint.ts). */
async function answerServices(request: http.IncomingMessage, response: http.ServerResponse, url: URL, product: string) {
  const body = await jsonBody(request, SERVICE_BODY_BYTES)
  const options = { cmyk: url.searchParams.get('cmyk') === '1', authorization: request.headers.authorization ?? '' }
  const { pdf, headers } = await servicePrint(printer, product, body, options)
  response.writeHead(200, headers)
  response.end(Buffer.from(pdf))
}

async function answerLive(request: http.IncomingMessage, response: http.ServerResponse, collection: string) {
  if (!isPageCollection(collection)) return send(response, 404, { message: '这类内容没有网页，不能实时预览' })
  if (request.method === 'GET') {
    const shell = shellPage()
    response.writeHead(200, shell.headers)
    return response.end(shell.html)
  }
  const html = await imageCredentials.run(request.headers.authorization ?? '', async () =>
    renderDraftPage(collection, await formValues(request), request.headers),
  )
  send(response, 200, { html })
}

export function createPreviewServer(): http.Server {
  return http.createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://preview.local')
    const print = /^\/preview\/(\w+)\/(\d+)\/([\w-]+)$/.exec(url.pathname)
    const live = /^\/live\/(\w+)$/.exec(url.pathname)
    const services = /^\/services\/([\w-]+)$/.exec(url.pathname)
    try {
      if (request.method === 'GET' && print) return await answerPrint(request, response, url, print)
      if ((request.method === 'GET' || request.method === 'POST') && live) return await answerLive(request, response, live[1] as string)
      if (request.method === 'POST' && url.pathname === '/chart') return await answerChart(request, response)
      if (request.method === 'POST' && url.pathname === '/slips') return await answerSlips(request, response)
      if (request.method === 'POST' && services) return await answerServices(request, response, url, services[1] as string)
      return send(response, 404, { message: '没有这个地址' })
    } catch (error) {
      if (error instanceof PreviewError) return send(response, error.status, { message: error.message })
      if (error instanceof CmykUnavailableError) return send(response, 501, { message: error.message })
      const what = live ? '实时预览' : print ? '打印预览' : services ? '印制' : '图表'
      console.error(`${what}失败：${(error as Error).stack ?? error}`)
      send(response, 500, { message: `${what}失败：${(error as Error).message}` })
    }
  })
}

export const previewPort = () => config().printPreviewPort

if (isMainModule(import.meta.url)) {
  const server = createPreviewServer()
  let stopping = false
  server.listen(previewPort(), '127.0.0.1', () => console.log(`打印预览服务已启动（127.0.0.1:${previewPort()}）`))
  // 印刷包 (the print desk) are made here too, in the background.
  startPrintDesk(printer, () => stopping).catch((error: Error) => console.error(`印刷包服务没有启动：${error.message.split('\n')[0]}`))
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopping = true
      server.close()
      void printer.close().then(() => process.exit(0))
    })
  }
}
