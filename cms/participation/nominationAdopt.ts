/**
 * 转为人物草稿: POST /api/nominations/:id/adopt (administrators and editors). The
 * nomination becomes a 人物 draft with its story (personal numbers masked) and its first
 * photo copied into 媒体 as the portrait (private until something published uses it); the
 * draft links back to the nomination (staff only) and, like every draft, reaches the public
 * only through review — which, for a nominated person, first asks for their own consent.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Endpoint, PayloadRequest } from 'payload'

import type { Nomination } from '../../contract/payload-types'
import { relationId } from '../../contract/relations'
import { HONOUR_KINDS } from '../../contract/vocabulary'
import { hasRole } from '../access/roles'
import { maskPrivateData } from '../privacy/detector'
import { paragraphs } from '../seed/richText'
import { UPLOADS_SLUG, uploadsDir } from './collections/Uploads'

const answer = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** The first photo as a 媒体 image (the media collection checks and strips it again). */
async function portraitFrom(req: PayloadRequest, nomination: Nomination): Promise<number | null> {
  const first = relationId(nomination.photos?.[0])
  if (first == null) return null
  const photo = await req.payload.findByID({ collection: UPLOADS_SLUG, id: first, req, overrideAccess: true, depth: 0 })
  if (!photo.filename) return null
  const data = await readFile(path.join(uploadsDir, path.basename(photo.filename)))
  const media = await req.payload.create({
    collection: 'media',
    data: { alt: `${nomination.nominee}（居民推荐时提供的照片）`, credit: '居民推荐' },
    file: { data, mimetype: photo.mimeType ?? 'image/jpeg', name: photo.filename, size: data.length },
    req,
    overrideAccess: false,
  })
  return media.id
}

function figureData(nomination: Nomination, portrait: number | null) {
  const story = maskPrivateData(nomination.story)
  const kind = HONOUR_KINDS.find((item) => item.value === nomination.honourKind) ?? HONOUR_KINDS[1]
  return {
    name: nomination.nominee,
    honourTitle: kind.label,
    honourKind: kind.value,
    goodDeed: nomination.goodDeed ?? undefined,
    area: relationId(nomination.area) ?? undefined,
    summary: story.length > 58 ? `${story.slice(0, 58)}…` : story,
    story: paragraphs(story.split(/\n+/).filter((line) => line.trim() !== '')),
    portrait: portrait ?? undefined,
    nomination: nomination.id,
    subjectConsent: 'none' as const,
    _status: 'draft' as const,
  }
}

export const adoptEndpoint: Endpoint = {
  path: '/:id/adopt',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor')) return answer(403, '只有管理员和编辑可以把推荐转为人物草稿。')
    const id = Number(req.routeParams?.id)
    const nomination = Number.isInteger(id)
      ? await req.payload.findByID({ collection: 'nominations', id, req, overrideAccess: false, disableErrors: true, depth: 0 })
      : null
    if (!nomination) return answer(404, '找不到这条推荐。')
    if (nomination.figure != null) return answer(409, '这条推荐已经转为人物草稿了。')
    if (relationId(nomination.area) == null) return answer(400, '这条推荐还没有所在区域：请先在“所在区域”中选择并保存，再转为人物草稿。')
    const portrait = await portraitFrom(req, nomination)
    // The role was checked above (authors may create figures); the link back is a field nobody may set by hand.
    const figure = await req.payload.create({
      collection: 'figures',
      data: figureData(nomination, portrait),
      draft: true,
      req,
      overrideAccess: true,
    })
    await req.payload.update({ collection: 'nominations', id, data: { status: 'adopted', figure: figure.id }, req, overrideAccess: true })
    return Response.json({ figure: { id: figure.id, slug: figure.slug } }, { status: 201 })
  },
}
