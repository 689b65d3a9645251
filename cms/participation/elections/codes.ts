/**
 * POST /api/elections/:id/codes {count, building}: a batch of one-time 邀请码 for one area,
 * answered with the A4 PDF of cut-out slips (title, code, the ballot's address and a QR
 * code to it with the code filled in, 每户一张、只能使用一次), drawn by the print studio
 * (ops/preview.ts `POST /slips`). A community worker makes codes for their own area, an
 * administrator for any. The codes are stored only as keyed hashes and shown only in that
 * PDF: when it cannot be made, the batch is taken back.
 */
import { randomInt } from 'node:crypto'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Endpoint, PayloadRequest } from 'payload'

import { config } from '../../../contract/config'
import { ELECTION_LIMITS, electionPath, formatVoteCode, VOTE_CODE_LENGTH } from '../../../contract/elections'
import { RECEIPT_ALPHABET } from '../../../contract/participation'
import { relationId } from '../../../contract/relations'
import { hasRole } from '../../access/roles'
import { recordEntry } from '../../audit/record'
import { areasUnder } from '../../common/areaTree'
import { attachment } from '../../common/csv'
import { callPreviewService } from '../../print/previewService'
import { keyedHash } from '../gate/keys'
import { type OpenElection, publishedElection } from './published'

const COMMUNITY_ONLY = '邀请码由社区工作者为本社区生成（管理员可以为任何区域生成）。'
const answer = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** The area a person makes codes for: a community worker their own (inside the 评选's range), an administrator the one asked or the 评选's. */
async function areaFor(req: PayloadRequest, election: OpenElection, asked: unknown): Promise<number | Response> {
  const { user } = req
  if (user?.role === 'admin') return typeof asked === 'number' ? asked : (election.area ?? answer(400, '请选择发放区域。'))
  if (user?.role !== 'community') return answer(403, COMMUNITY_ONLY)
  const own = relationId(user.area)
  const inRange = own !== null && (election.area === null || (await areasUnder(req.payload, election.area)).has(own))
  return inRange && own !== null ? own : answer(403, '这项评选不在您负责的区域，不能为它生成邀请码。')
}

const newCode = () => Array.from({ length: VOTE_CODE_LENGTH }, () => RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)]).join('')

/** Stores the batch's hashes in one statement; answers the new rows' ids. */
async function storeBatch(req: PayloadRequest, rows: { hash: string }[], election: number, area: number, building: string) {
  const pool = (req.payload.db as unknown as PostgresAdapter).pool
  const { rows: made } = await pool.query<{ id: number }>(
    `insert into vote_codes (election_id, area_id, building, created_by_id, code_hash, updated_at, created_at)
     select $1, $2, nullif($3, ''), $4, hash, now(), now() from unnest($5::text[]) as hash returning id`,
    [election, area, building, req.user?.id ?? null, rows.map((row) => row.hash)],
  )
  return made.map((row) => row.id)
}

async function readRequest(req: PayloadRequest) {
  const body = ((await req.json?.().catch(() => null)) ?? {}) as { count?: unknown; building?: unknown; area?: unknown }
  const count = Number(body.count)
  const building = typeof body.building === 'string' ? body.building.trim().slice(0, ELECTION_LIMITS.building) : ''
  return { count, building, area: body.area }
}

export const codesEndpoint: Endpoint = {
  path: '/:id/codes',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return answer(401, '请先登录。')
    if (!hasRole(req.user, 'admin', 'community')) return answer(403, COMMUNITY_ONLY)
    const id = Number(req.routeParams?.id)
    const election = Number.isInteger(id) ? await publishedElection(req.payload, { id }) : null
    if (!election) return answer(404, '这项评选还没有发布，不能生成邀请码。')
    if (election.state === 'closed') return answer(409, '这项评选的投票已经结束，不再生成邀请码。')
    const { count, building, area: asked } = await readRequest(req)
    const area = await areaFor(req, election, asked)
    if (area instanceof Response) return area
    if (!Number.isInteger(count) || count < 1 || count > ELECTION_LIMITS.codesPerBatch) {
      return answer(400, `每次生成 1 到 ${ELECTION_LIMITS.codesPerBatch} 个邀请码。`)
    }
    const codes = Array.from({ length: count }, newCode)
    const ids = await storeBatch(
      req,
      codes.map((code) => ({ hash: keyedHash(req.payload, 'vote-code', code) })),
      election.id,
      area,
      building,
    )
    const url = `${config().siteOrigin}${electionPath(election.slug)}`
    const slips = { title: election.title, url, building, codes: codes.map(formatVoteCode) }
    const printed = await callPreviewService(req, '/slips', { body: JSON.stringify(slips), passedOn: ['content-type'], timeoutMs: 120_000 })
    if (!printed.ok || printed.headers.get('content-type') !== 'application/pdf') {
      await req.payload.delete({ collection: 'vote-codes', where: { id: { in: ids } }, overrideAccess: true, req })
      return answer(503, '邀请码纸条没有生成（打印服务不可用），这批邀请码已作废，请稍后再试。')
    }
    const where = building ? `（${building}）` : ''
    await recordEntry(req, {
      action: 'create',
      collection: 'vote-codes',
      documentId: String(election.id),
      documentTitle: election.title,
      summary: `生成评选邀请码 ${count} 张${where}：「${election.title}」`,
    })
    const headers = new Headers(printed.headers)
    headers.set('content-disposition', attachment(`vote-codes-${election.id}.pdf`, `${election.title}-邀请码-${count}张.pdf`))
    headers.set('x-vote-codes', String(count))
    return new Response(printed.body, { status: 201, headers })
  },
}
