/**
 * A 评选 as residents vote in it: its published version only (an editor's unreviewed
 * draft never changes the candidates or the rules), with its state now.
 */
import type { Payload } from 'payload'

import { type ElectionState, electionState } from '../../../contract/elections'
import type { Election } from '../../../contract/payload-types'
import { relationId } from '../../../contract/relations'
import { publishedDocs, type Which, whereWhich } from '../published'

export interface OpenElection {
  id: number
  slug: string
  title: string
  area: number | null
  opensAt: string
  closesAt: string
  candidates: number[]
  choices: number
  rules: string
  showResults: boolean
  state: ElectionState
}

function read(doc: Election, now: Date): OpenElection {
  return {
    id: doc.id,
    slug: doc.slug ?? String(doc.id),
    title: doc.title,
    area: relationId(doc.area),
    opensAt: doc.opensAt,
    closesAt: doc.closesAt,
    candidates: (doc.candidates ?? []).map(relationId).filter((id): id is number => id !== null),
    choices: doc.choices,
    rules: doc.rules,
    showResults: doc.showResults === true,
    state: electionState(doc, now),
  }
}

/** The published 评选 with this slug (or id); null when there is none. */
export async function publishedElection(payload: Payload, by: Which, now = new Date()) {
  const [doc] = await publishedDocs(payload, 'elections', whereWhich(by), 1)
  return doc ? read(doc, now) : null
}
