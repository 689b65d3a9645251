/**
 * 评选's public routes: the state now with, when published, the result (the static page
 * may be older than the close), and a ballot — its choices read against the published
 * candidates before the gate spends the resident's challenge, then cast through the gate,
 * whose hooks check it all again and use up the invitation code.
 */
import { choicesProblem, ELECTION_STATE_MESSAGES, type ElectionStatus, VOTE_REFUSALS } from '../../../contract/elections'
import { BALLOT_SUBMISSION, DEVICE_HEADER, HONEYPOT_FIELD, normalizeVoteCode } from '../../../contract/participation'
import { addressOf } from '../../server/clientAddress'
import { Answer, endpoint, fail, invalid, jsonBody } from '../api'
import { GATE_CONTEXT, type GateEvidence, passFor } from '../gate/gate'
import { publishedElection } from './published'
import { electionResult, resultIsPublic } from './results'

const NO_ELECTION = '没有找到这项评选，可能还没有发布或已经撤下。'
const slugOf = (params: Record<string, unknown> | undefined) => String(params?.slug ?? '').slice(0, 200)

const status = endpoint('/elections/:slug', 'get', async (req) => {
  const election = await publishedElection(req.payload, { slug: slugOf(req.routeParams) })
  if (!election) return fail(404, NO_ELECTION)
  const result = resultIsPublic(election) ? { ...(await electionResult(req.payload, election)), rules: election.rules } : null
  const answer: ElectionStatus = {
    state: election.state,
    opensAt: election.opensAt,
    closesAt: election.closesAt,
    message: election.state === 'open' ? null : ELECTION_STATE_MESSAGES[election.state],
    result,
  }
  return new Answer(200, answer)
})

const vote = endpoint('/elections/:slug/ballots', 'post', async (req) => {
  const parsed = BALLOT_SUBMISSION.safeParse(await jsonBody(req))
  if (!parsed.success) return invalid(parsed.error.issues)
  // A mistyped code is told before the gate spends the challenge; whether a code exists is learnt only through it.
  if (!normalizeVoteCode(parsed.data.code)) return fail(400, VOTE_REFUSALS.wrongCode, 'code')
  const election = await publishedElection(req.payload, { slug: slugOf(req.routeParams) })
  if (!election) return fail(404, NO_ELECTION)
  if (election.state !== 'open') return fail(409, ELECTION_STATE_MESSAGES[election.state])
  const problem = choicesProblem(parsed.data.choices, election.candidates, election.choices)
  if (problem) return fail(400, problem, 'choices')
  const evidence: GateEvidence = {
    form: 'votes',
    altcha: parsed.data.altcha,
    honeypot: parsed.data[HONEYPOT_FIELD],
    address: addressOf(req.headers),
    deviceToken: req.headers.get(DEVICE_HEADER),
    voteCode: parsed.data.code,
  }
  const ballot = await req.payload.create({
    collection: 'ballots',
    data: { election: election.id, choices: parsed.data.choices } as never,
    context: { [GATE_CONTEXT]: evidence },
    overrideAccess: true,
    depth: 0,
  })
  if (!passFor(evidence)) throw new Error('a ballot cast without a gate pass')
  // No receipt code: a ballot is secret, so nothing can look it up or withdraw it later (the forms read `receipt` as a string).
  return new Answer(201, { receipt: '', reference: ballot.reference ?? '', receivedAt: ballot.castAt ?? '' })
})

export const electionEndpoints = [status, vote]
