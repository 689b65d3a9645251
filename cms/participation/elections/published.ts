/**
 * A 评选 as residents vote in it: its published version only (an editor's unreviewed
 * draft never changes the candidates or the rules), with its state now.
 */
import type { Payload, Where } from 'payload'

import { type ElectionState, electionState } from '../../../contract/elections'
import type { Election } from '../../../contract/payload-types'
import { relationId } from '../../../contract/relations'

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
export async function publishedElection(payload: Payload, by: { slug: string } | { id: number }, now = new Date()) {
  const where: Where = 'slug' in by ? { slug: { equals: by.slug } } : { id: { equals: by.id } }
  const { docs } = await payload.find({
    collection: 'elections',
    where: { and: [where, { _status: { equals: 'published' } }] },
    draft: false,
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ? read(docs[0], now) : null
}
