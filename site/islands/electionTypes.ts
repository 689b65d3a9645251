/** 评选's ballot island: its props (plain data, filled by electionForm.ts from the contract) and what it shows. */

export interface BallotCandidate {
  id: number
  name: string
  honourTitle: string
  summary: string
  href: string
  photo: { src: string; alt: string; width: number; height: number } | null
}

export interface ElectionBallotProps {
  idBase: string
  title: string
  /** How many candidates one ballot may choose at most. */
  choices: number
  candidates: BallotCandidate[]
  /** GET: the state now and, once published after the close, the result (contract/elections.ts ElectionStatus). */
  statusUrl: string
  challengeUrl: string
  /** POST JSON {code, choices, consent, altcha}: 201 {reference} or {errors}. */
  submitUrl: string
  noticeVersion: string
  deviceHeader: string
  honeypotField: string
}

/** The published result as the status answers it. */
export interface BallotResult {
  ballots: number
  codesIssued: number
  codesUsed: number
  rules: string
  ranking: { figure: number; name: string; votes: number; rank: number }[]
}
