/**
 * The admin's side of 入户代填 (off the public prefix): 户码 made in batches for a 楼栋 of the
 * worker's own area, and 代填授权 issued to the signed-in worker (shown once, as a link and a
 * QR code for the phone) and revoked.
 */

import { randomInt } from 'node:crypto'
import type { Endpoint, PayloadRequest, Where } from 'payload'
import QRCode from 'qrcode'

import { config } from '../../../contract/config'
import { FIELD_PAGE, RECEIPT_ALPHABET } from '../../../contract/participation'
import { relationId } from '../../../contract/relations'
import { hasRole } from '../../access/roles'
import { after } from '../collections/intake'
import { FIELD_TOKEN_CAP, FIELD_TOKEN_DAYS, FIELD_TOKENS_SLUG, newFieldToken } from '../gate/fieldToken'
import { HOUSEHOLDS_SLUG } from './slugs'

const answer = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })
const newCode = () => Array.from({ length: 6 }, () => RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)]).join('')

/** The area a worker acts for (a community worker their own, staff the one they name), or the refusal. */
function areaFor(req: PayloadRequest, asked: unknown): number | Response {
  const own = req.user?.role === 'community' ? relationId(req.user.area) : null
  if (own !== null) return own
  if (!hasRole(req.user, 'admin', 'editor')) return answer(403, '只有社区工作者（本人区域）和编辑、管理员可以做这件事。')
  return Number.isInteger(asked) ? (asked as number) : answer(400, '请选择区域。')
}

async function jsonOf(req: PayloadRequest): Promise<Record<string, unknown>> {
  const body = await req.json?.().catch(() => null)
  return body && typeof body === 'object' ? (body as Record<string, unknown>) : {}
}

/** POST /api/household-codes/batch {building, count, area?}: `count` new codes for a 楼栋, numbered on from its last. */
export const householdBatch: Endpoint = {
  path: '/batch',
  method: 'post',
  handler: async (req) => {
    const body = await jsonOf(req)
    const area = areaFor(req, body.area)
    if (area instanceof Response) return area
    const building = typeof body.building === 'string' ? body.building.normalize('NFKC').trim() : ''
    const count = Number(body.count)
    if (!building || building.length > 40) return answer(400, '请填写楼栋，例如“锦绣苑3号楼”（不超过 40 个字）。')
    if (!Number.isInteger(count) || count < 1 || count > 200) return answer(400, '每次生成 1 到 200 个户码。')
    const { docs: last } = await req.payload.find({
      collection: HOUSEHOLDS_SLUG,
      where: { and: [{ area: { equals: area } }, { building: { equals: building } }] },
      sort: '-number',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const start = (last[0]?.number ?? 0) + 1
    const made: { code: string; number: number }[] = []
    for (let number = start; number < start + count; number++) {
      const data = { area, building, number, code: newCode(), createdBy: req.user?.id }
      // 30 random bits: a clash is rare; the unique index catches it and a new code is drawn.
      const doc = await req.payload
        .create({ collection: HOUSEHOLDS_SLUG, data, overrideAccess: true, depth: 0 })
        .catch(() =>
          req.payload.create({ collection: HOUSEHOLDS_SLUG, data: { ...data, code: newCode() }, overrideAccess: true, depth: 0 }),
        )
      made.push({ code: doc.code, number })
    }
    return Response.json({ area, building, codes: made }, { status: 201 })
  },
}

/** The worker's 代填授权 still good: neither revoked nor expired. */
async function liveTokens(req: PayloadRequest, user: number): Promise<number> {
  const where: Where = {
    and: [{ user: { equals: user } }, { revokedAt: { exists: false } }, { expiresAt: { greater_than: new Date().toISOString() } }],
  }
  return (await req.payload.count({ collection: FIELD_TOKENS_SLUG, where, overrideAccess: true })).totalDocs
}

/** POST /api/field-tokens/issue {label?, days?, area?}: a token for this worker's phone, shown once. */
export const issueFieldToken: Endpoint = {
  path: '/issue',
  method: 'post',
  handler: async (req) => {
    const body = await jsonOf(req)
    const area = areaFor(req, body.area)
    if (area instanceof Response) return area
    if (!req.user) return answer(403, '请先登录后台。')
    if ((await liveTokens(req, req.user.id)) >= FIELD_TOKEN_CAP)
      return answer(409, `您已有 ${FIELD_TOKEN_CAP} 个有效的代填授权：请先在“代填授权”里停用不再使用的手机，再发放新的。`)
    const days = Math.min(FIELD_TOKEN_DAYS, Math.max(1, Number(body.days) || 7))
    const label = typeof body.label === 'string' && body.label.trim() ? body.label.trim().slice(0, 40) : `${req.user.name ?? '代填'}的手机`
    const { token, hash } = newFieldToken(req.payload)
    const expiresAt = after(new Date(), days).toISOString()
    const doc = await req.payload.create({
      collection: FIELD_TOKENS_SLUG,
      data: { label, user: req.user.id, area, expiresAt, tokenHash: hash },
      overrideAccess: true,
      depth: 0,
    })
    const url = `${config().siteOrigin}${FIELD_PAGE}#token=${token}`
    const qr = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 })
    return Response.json({ id: doc.id, token, url, qr, expiresAt }, { status: 201 })
  },
}

/** POST /api/field-tokens/:id/revoke: the worker's own, or any for an administrator. */
export const revokeFieldToken: Endpoint = {
  path: '/:id/revoke',
  method: 'post',
  handler: async (req) => {
    const id = Number(req.routeParams?.id)
    const doc = Number.isInteger(id)
      ? await req.payload.findByID({ collection: FIELD_TOKENS_SLUG, id, depth: 0, overrideAccess: true, disableErrors: true })
      : null
    if (!doc || !req.user || (!hasRole(req.user, 'admin') && relationId(doc.user) !== req.user.id))
      return answer(404, '找不到这个代填授权。')
    await req.payload.update({ collection: FIELD_TOKENS_SLUG, id, data: { revokedAt: new Date().toISOString() }, overrideAccess: true })
    return Response.json({ revoked: true })
  },
}
