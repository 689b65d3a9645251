/**
 * 计票: each candidate's votes (ties share a place), the ballots cast, and the codes issued
 * and used — live for staff in the admin (GET /api/elections/:id/results, the panel beside
 * the 评选) and, after the close and only when an editor chose to publish it, on the site.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Endpoint, Payload } from 'payload'

import { type ElectionResult, rank } from '../../../contract/elections'
import { hasRole } from '../../access/roles'
import { type OpenElection, publishedElection } from './published'

export async function electionResult(payload: Payload, election: OpenElection): Promise<ElectionResult> {
  const pool = (payload.db as unknown as PostgresAdapter).pool
  const [votes, ballots, codes, names] = await Promise.all([
    pool.query<{ figure: number; votes: number }>(
      `select value::int as figure, count(*)::int as votes
       from ballots, jsonb_array_elements_text(choices) where election_id = $1 group by 1`,
      [election.id],
    ),
    pool.query<{ n: number }>('select count(*)::int as n from ballots where election_id = $1', [election.id]),
    pool.query<{ issued: number; used: number }>(
      'select count(*)::int as issued, count(used_at)::int as used from vote_codes where election_id = $1',
      [election.id],
    ),
    payload.find({
      collection: 'figures',
      where: { id: { in: election.candidates } },
      pagination: false,
      depth: 0,
      draft: false,
      overrideAccess: true,
      select: { name: true },
    }),
  ])
  const counted = new Map(votes.rows.map((row) => [Number(row.figure), Number(row.votes)]))
  const nameOf = new Map(names.docs.map((doc) => [doc.id, doc.name]))
  return {
    ballots: ballots.rows[0]?.n ?? 0,
    codesIssued: codes.rows[0]?.issued ?? 0,
    codesUsed: codes.rows[0]?.used ?? 0,
    ranking: rank(election.candidates.map((figure) => ({ figure, name: nameOf.get(figure) ?? '', votes: counted.get(figure) ?? 0 }))),
  }
}

/** Whether the public may see the result now: after the close, and only once published with 公布结果 ticked. */
export const resultIsPublic = (election: OpenElection) => election.state === 'closed' && election.showResults

export const electionResultsEndpoint: Endpoint = {
  path: '/:id/results',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor', 'reviewer')) {
      return Response.json({ errors: [{ message: '只有工作人员可以查看计票情况。' }] }, { status: 403 })
    }
    const id = Number(req.routeParams?.id)
    const election = Number.isInteger(id) ? await publishedElection(req.payload, { id }) : null
    if (!election) return Response.json({ errors: [{ message: '这项评选还没有发布，没有计票情况。' }] }, { status: 404 })
    return Response.json(
      {
        election: { title: election.title, state: election.state, showResults: election.showResults },
        ...(await electionResult(req.payload, election)),
      },
      { headers: { 'cache-control': 'no-store' } },
    )
  },
}
