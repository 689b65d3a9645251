/**
 * What the server writes on a ballot, whatever the request sent: the 评选 published and
 * open, the choices among its candidates (at most N, none twice), and the invitation code
 * used up — in the ballot's own transaction, by one conditional update, so that of two
 * ballots cast at once with one code exactly one is kept, and a ballot refused later gives
 * its code back.
 */
import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { choicesProblem, ELECTION_STATE_MESSAGES, VOTE_REFUSALS } from '../../../contract/elections'
import { normalizeVoteCode } from '../../../contract/participation'
import { relationId } from '../../../contract/relations'
import { refuse } from '../../common/refuse'
import { evidenceOf } from '../gate/gate'
import { keyedHash } from '../gate/keys'
import { newReference } from '../gate/receipt'
import { publishedElection } from './published'

type Row = Record<string, unknown>

/** The database of this request's transaction (Payload's own), so the code is used up with the ballot or not at all. */
async function inTransaction(req: PayloadRequest) {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const id = req.transactionID ? await req.transactionID : undefined
  return (id !== undefined && adapter.sessions[id]?.db) || adapter.drizzle
}

/** Uses the code up for this 评选; answers the area it was handed out in, or refuses with the reason. */
export async function spendCode(req: PayloadRequest, election: number, typed: string | undefined): Promise<number | null> {
  const plain = normalizeVoteCode(typed ?? '')
  if (!plain) throw refuse(VOTE_REFUSALS.wrongCode, 400)
  const hash = keyedHash(req.payload, 'vote-code', plain)
  const db = await inTransaction(req)
  const spent = await db.execute(
    sql`update vote_codes set used_at = now(), updated_at = now()
        where code_hash = ${hash} and election_id = ${election} and used_at is null returning area_id`,
  )
  const row = (spent.rows as Row[])[0]
  if (row) return relationId(row.area_id as number | null)
  const found = await db.execute(sql`select election_id, used_at from vote_codes where code_hash = ${hash}`)
  const code = (found.rows as Row[])[0]
  if (!code) throw refuse(VOTE_REFUSALS.wrongCode, 400)
  if (Number(code.election_id) !== election) throw refuse(VOTE_REFUSALS.otherElection, 400)
  throw refuse(VOTE_REFUSALS.usedCode, 409)
}

export const castBallot: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const electionId = relationId(data.election)
  const election = electionId === null ? null : await publishedElection(req.payload, { id: electionId })
  if (!election) throw refuse('没有找到这项评选，可能还没有发布或已经撤下。', 404)
  if (election.state !== 'open') throw refuse(ELECTION_STATE_MESSAGES[election.state], 409)
  const choices = Array.isArray(data.choices) ? data.choices.map(Number) : []
  const problem = choicesProblem(choices, election.candidates, election.choices)
  if (problem) throw refuse(problem, 400)
  const area = await spendCode(req, election.id, evidenceOf(req)?.voteCode)
  const now = new Date()
  return { election: election.id, choices, area, reference: newReference('TP', now), castAt: now.toISOString() }
}
