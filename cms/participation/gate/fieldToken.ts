/**
 * 代填授权 tokens, the gate's credential for 入户代填: made once (256 random bits, base64url),
 * known afterwards only by their keyed hash, good until they expire or are revoked.
 */
import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import { relationId } from '../../../contract/relations'
import { refuse } from '../../common/refuse'
import { keyedHash } from './keys'

export const FIELD_TOKENS_SLUG = 'field-tokens'
/** A 代填授权 lasts at most this many days. */
export const FIELD_TOKEN_DAYS = 30
/** Live 代填授权 one worker may hold at once: a phone each, with room for a spare or two. */
export const FIELD_TOKEN_CAP = 5

export const FIELD_TOKEN = /^[A-Za-z0-9_-]{43}$/

export function newFieldToken(payload: Payload): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: keyedHash(payload, 'field-token', token) }
}

export const EXPIRED_TOKEN = '代填授权无效、已到期或已停用：请在后台“代填授权”重新生成，扫码后再同步。手机上保存的答卷不会丢失。'

/** The worker a live token belongs to; a 401 for anything else (unknown, expired, revoked). */
export async function verifyFieldToken(payload: Payload, token: string | undefined, now = new Date()): Promise<FieldWorker> {
  if (!token || !FIELD_TOKEN.test(token)) throw refuse(EXPIRED_TOKEN, 401)
  const { docs } = await payload.find({
    collection: FIELD_TOKENS_SLUG,
    where: {
      and: [
        { tokenHash: { equals: keyedHash(payload, 'field-token', token) } },
        { expiresAt: { greater_than: now.toISOString() } },
        { revokedAt: { exists: false } },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const worker = docs[0] ? workerOf(docs[0]) : null
  if (!worker) throw refuse(EXPIRED_TOKEN, 401)
  return worker
}

/** The bearer token of a request's Authorization header. */
export const bearerOf = (headers: Headers) => /^Bearer\s+(\S+)$/i.exec(headers.get('authorization') ?? '')?.[1]

/** Who a token's answers are recorded as, and where they may come from. */
export interface FieldWorker {
  tokenId: number
  user: number
  area: number
}

export const workerOf = (doc: { id: number; user: unknown; area: unknown }): FieldWorker | null => {
  const user = relationId(doc.user)
  const area = relationId(doc.area)
  return user === null || area === null ? null : { tokenId: doc.id, user, area }
}
