/** What keeps a 评选 sound: dates in order, distinct candidates, and no more choices than candidates; deleting it takes its codes and ballots. */
import { type CollectionBeforeDeleteHook, type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { relationId } from '../../../contract/relations'

export const checkElection: CollectionBeforeValidateHook = ({ data, collection, req }) => {
  if (!data) return data
  const errors: { path: string; message: string }[] = []
  if (data.opensAt && data.closesAt && new Date(data.closesAt) <= new Date(data.opensAt)) {
    errors.push({ path: 'closesAt', message: '投票截止时间应晚于开始时间' })
  }
  const candidates = Array.isArray(data.candidates) ? data.candidates.map(relationId) : []
  if (new Set(candidates).size !== candidates.length) errors.push({ path: 'candidates', message: '同一位候选人只能列一次' })
  if (candidates.length > 0 && typeof data.choices === 'number' && data.choices > candidates.length) {
    errors.push({ path: 'choices', message: `每张票最多可选的人数（${data.choices}）不能多于候选人数（${candidates.length}）` })
  }
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
  return data
}

/** A deleted 评选 takes its ballots and codes with it. */
export const forgetBallots: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const collection of ['ballots', 'vote-codes'] as const) {
    await req.payload.delete({
      collection,
      where: { election: { equals: id } },
      req,
      overrideAccess: true,
      context: { electionGone: true },
    })
  }
}
