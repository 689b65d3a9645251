/** The server's half of the 评选 ballot island: its props, from the contract (zod stays out of the bundle). */
import { DEVICE_HEADER, HONEYPOT_FIELD, NOTICE_VERSION } from '../../contract/participation.ts'
import type { BallotCandidate, ElectionBallotProps } from './electionTypes.ts'

/** `participationUrl`: PARTICIPATION_URL, e.g. https://cms.example.cn/api/participation. */
export function electionBallotProps(
  participationUrl: string,
  election: { slug: string; title: string; choices: number; candidates: BallotCandidate[] },
): ElectionBallotProps {
  const base = participationUrl.replace(/\/+$/, '')
  const at = `${base}/elections/${encodeURIComponent(election.slug)}`
  return {
    idBase: 'ballot',
    title: election.title,
    choices: election.choices,
    candidates: election.candidates,
    statusUrl: at,
    challengeUrl: `${base}/challenge?form=votes`,
    submitUrl: `${at}/ballots`,
    noticeVersion: NOTICE_VERSION,
    deviceHeader: DEVICE_HEADER,
    honeypotField: HONEYPOT_FIELD,
  }
}
