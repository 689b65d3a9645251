/**
 * 结项报告: the team (or its station) tells what happened — a short text and photos — and
 * ticks that the people in the photos agreed to them (recorded with who and when). Filing
 * it completes the order and drafts a news article from it (文明实践 column, the place's
 * area) for review: never published by itself, and the resident's details never in it.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import type { ServiceItem, ServiceOrder } from '../../../contract/payload-types'
import { relationId } from '../../../contract/relations'
import { SERVICE_KINDS } from '../../../contract/services'
import { maskPrivateData } from '../../privacy/detector'
import { paragraphsAndImages } from '../../seed/richText'
import { decide } from './orderFlow'
import { actorOf, answer, applyDecision, claimStep, orderFor, TAKEN, wasTaken } from './orderSteps'
import { ITEMS_SLUG } from './ServiceItems'

export const REPORT_LIMITS = { textMin: 20, text: 2000, photos: 6, photoBytes: 4_000_000 } as const

interface Report {
  text: string
  photoConsent: boolean
  photos: File[]
}

async function reportOf(req: PayloadRequest): Promise<Report | string> {
  if (!/^multipart\/form-data\b/i.test(req.headers.get('content-type') ?? '')) return '请以表单（multipart/form-data）提交结项报告。'
  const form = await req.formData?.().catch(() => undefined)
  if (!form) return '提交的内容无法读取，请刷新页面后重试。'
  const text = String(form.get('text') ?? '').trim()
  const photos = form.getAll('photo').filter((item): item is File => typeof item === 'object')
  if (text.length < REPORT_LIMITS.textMin) return `请写下服务情况（至少 ${REPORT_LIMITS.textMin} 个字）。`
  if (text.length > REPORT_LIMITS.text) return `服务情况不超过 ${REPORT_LIMITS.text} 个字。`
  if (photos.length > REPORT_LIMITS.photos) return `最多上传 ${REPORT_LIMITS.photos} 张照片。`
  const tooBig = photos.find((photo) => photo.size > REPORT_LIMITS.photoBytes)
  if (tooBig) return `照片“${tooBig.name}”太大：每张不超过 4 MB。`
  const photoConsent = form.get('photoConsent') === 'true'
  if (photos.length > 0 && !photoConsent) return '上传照片前，请确认照片中的人已同意（勾选“照片中的人已同意”）。'
  return { text, photoConsent, photos }
}

/** The photos, into the media library (alt text and credit filled in): public only once an article using them is. */
async function savePhotos(req: PayloadRequest, item: ServiceItem, photos: File[]): Promise<number[]> {
  const ids: number[] = []
  for (const [index, photo] of photos.entries()) {
    const data = Buffer.from(await photo.arrayBuffer())
    const media = await req.payload.create({
      collection: 'media',
      data: { alt: `${item.title}服务现场照片 ${index + 1}`, credit: '志愿服务队' },
      file: { data, mimetype: photo.type, name: photo.name || `report-${index + 1}.jpg`, size: data.length },
      req,
      overrideAccess: true,
    })
    ids.push(media.id)
  }
  return ids
}

/** The draft article: what was offered and what the team reported, masked; nothing of who ordered it. */
async function draftArticle(req: PayloadRequest, order: ServiceOrder, item: ServiceItem, text: string, photos: number[]) {
  const place = await req.payload.findByID({ collection: 'places', id: relationId(item.place) ?? 0, depth: 0, req, overrideAccess: true })
  const kind = SERVICE_KINDS.find(({ value }) => value === item.kind)?.label ?? '文明实践'
  const masked = maskPrivateData(text)
  return req.payload.create({
    collection: 'articles',
    data: {
      title: `${place.name}开展${kind}：${item.title}`.slice(0, 80),
      lead: masked.split('\n')[0]?.slice(0, 200) || item.summary,
      column: 'practice',
      source: place.name,
      body: paragraphsAndImages([...masked.split(/\n+/).filter(Boolean), ...photos]),
      areas: place.area ? [relationId(place.area) as number] : [],
      _status: 'draft',
    },
    draft: true,
    req,
    overrideAccess: true,
  })
}

export const fileReport: Endpoint = {
  path: '/:id/report',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return answer(401, '请先登录。')
    const order = await orderFor(req)
    if (!order) return answer(404, '没有这张课单，或者它不归您处理。')
    const flow = { state: order.state, place: relationId(order.place) ?? 0, team: relationId(order.team) }
    const decision = decide(flow, actorOf(req.user), { action: 'complete' })
    if (!decision.ok) return answer(decision.status, decision.message)
    const report = await reportOf(req)
    if (typeof report === 'string') return answer(400, report)
    const item = await req.payload.findByID({
      collection: ITEMS_SLUG,
      id: relationId(order.item) ?? 0,
      depth: 0,
      req,
      overrideAccess: true,
    })
    const photos = await savePhotos(req, item, report.photos)
    const article = await draftArticle(req, order, item, report.text, photos)
    const now = new Date().toISOString()
    await applyDecision(req, order, decision, {
      action: 'complete',
      actor: req.user.id,
      claimed: true,
      extra: {
        report: {
          text: report.text,
          photos,
          photoConsent: report.photoConsent,
          consentBy: report.photoConsent ? req.user.id : null,
          filedAt: now,
          article: article.id,
        },
      },
    })
    return Response.json({ state: 'completed', article: article.id }, { status: 201 })
  },
}
